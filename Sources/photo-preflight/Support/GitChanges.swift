import Foundation

/// A git command that failed, or git missing, or not a repository.
struct GitError: Error, CustomStringConvertible {
    var description: String
}

/// Files git reports as added or modified, and copies of the content git holds for them: the index blob
/// for `--staged` (what the next commit adds), HEAD's for `--changed-since` (what a pull request adds).
enum GitChanges {
    /// Which changes to list.
    enum Scope {
        /// Added or modified in the index, against HEAD; the content is the staged blob.
        case staged
        /// Added or modified between the merge base of `revision` and HEAD; the content is HEAD's.
        case since(revision: String)
    }

    /// A changed file: its path in the working tree, and a copy of the content git holds for it.
    struct ChangedFile {
        /// The absolute path in the working tree (it may not exist there).
        var workingPath: String
        /// The copy of the staged or committed content.
        var copy: URL
    }

    /// Copies of the changed files' content under a temporary folder; ``remove()`` deletes them.
    struct Snapshot {
        var files: [ChangedFile]
        var folder: URL?

        func remove() {
            if let folder { try? FileManager.default.removeItem(at: folder) }
        }
    }

    /// The added or modified files in `scope` that `wanted` keeps (given their repository paths), limited
    /// to `pathspecs` when given, with their content written by `git checkout-index` to a temporary folder.
    static func snapshot(
        _ scope: Scope, pathspecs: [String], wanted: (String) -> Bool
    ) throws(GitError) -> Snapshot {
        let topLevel = try git(["rev-parse", "--show-toplevel"], failure: "not inside a git repository")
            .trimmingCharacters(in: .newlines)
        var arguments = ["diff", "--name-only", "--diff-filter=AM", "-z", "--no-renames"]
        switch scope {
        case .staged:
            arguments.append("--cached")
        case .since(let revision):
            let base = try git(
                ["merge-base", "--", revision, "HEAD"], failure: "cannot find revision '\(revision)' in this repository"
            ).trimmingCharacters(in: .newlines)
            arguments += [base, "HEAD"]
        }
        arguments.append("--")
        arguments += pathspecs
        let names = try git(arguments, failure: "git diff failed").split(separator: "\0").map(String.init)
            .filter(wanted)
        guard !names.isEmpty else { return Snapshot(files: [], folder: nil) }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "photo-preflight-git-\(UUID().uuidString)", isDirectory: true)
        let snapshot = Snapshot(
            files: names.map {
                ChangedFile(workingPath: topLevel + "/" + $0, copy: folder.appendingPathComponent("tree/" + $0))
            }, folder: folder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var environment: [String: String] = [:]
            if case .since = scope {
                // A private index holding HEAD, so that checkout-index writes the committed content.
                environment["GIT_INDEX_FILE"] = folder.appendingPathComponent("index").path
                _ = try git(["read-tree", "HEAD"], environment: environment, failure: "git read-tree HEAD failed")
            }
            _ = try git(
                ["-C", topLevel, "checkout-index", "--prefix=\(folder.path)/tree/", "--"] + names,
                environment: environment, failure: "git checkout-index failed")
        } catch let error as GitError {
            snapshot.remove()
            throw error
        } catch {
            snapshot.remove()
            throw GitError(description: "cannot write a temporary copy: \(error.localizedDescription)")
        }
        return snapshot
    }

    /// Runs git in the working folder and returns its standard output; a non-zero exit becomes `failure`
    /// followed by git's own message.
    private static func git(
        _ arguments: [String], environment: [String: String] = [:], failure: String
    ) throws(GitError) -> String {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotePath=false"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw GitError(description: "cannot run git: \(error.localizedDescription)")
        }
        // Read both pipes to the end before waiting, so a full pipe cannot block git.
        let errorData = ThreadSafeData()
        let reader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: errorData.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 { throw GitError(description: "git is not installed") }
            throw GitError(description: message.isEmpty ? failure : "\(failure): \(message)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Data handed from a reader thread to the waiting one.
private final class ThreadSafeData: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data ?? Data()
    }
}
