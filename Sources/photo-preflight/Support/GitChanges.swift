import Foundation

/// A git command that failed, or git missing, or not a repository.
struct GitError: Error, CustomStringConvertible {
    var description: String
}

/// Files git reports as added or modified: staged in the index, or changed since a revision.
enum GitChanges {
    /// Which changes to list.
    enum Scope {
        /// Added or modified in the index, against HEAD (what the next commit adds).
        case staged
        /// Added or modified in the working tree since the merge base of `revision` and HEAD (what a pull
        /// request adds), committed or not.
        case since(revision: String)
    }

    /// Absolute paths of the added or modified files in `scope`, limited to `pathspecs` when given.
    static func files(_ scope: Scope, pathspecs: [String]) throws(GitError) -> [String] {
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
            arguments.append(base)
        }
        arguments.append("--")
        arguments += pathspecs
        let output = try git(arguments, failure: "git diff failed")
        return output.split(separator: "\0").map { topLevel + "/" + $0 }
    }

    /// Runs git in the working folder and returns its standard output; a non-zero exit becomes `failure`
    /// followed by git's own message.
    private static func git(_ arguments: [String], failure: String) throws(GitError) -> String {
        let process = Process()
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
