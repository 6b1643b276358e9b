import Foundation

/// The result of running a program.
struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `photo-preflight` binary (or another program) and captures its output.
enum Tool {
    /// The package root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The debug binary that `swift build` (and `swift test`) produces.
    static let binary = repository.appendingPathComponent(".build/debug/photo-preflight")

    /// Whether `python3` can import `jsonschema`.
    static let pythonHasJSONSchema: Bool = {
        (try? run(["python3", "-c", "import jsonschema"], executable: URL(fileURLWithPath: "/usr/bin/env")))?.status
            == 0
    }()

    static func run(
        _ arguments: [String], in folder: URL? = nil, executable: URL = binary,
        environment extra: [String: String] = [:]
    ) throws -> ToolRun {
        let process = Process()
        process.executableURL = executable
        // The fixtures are synthetic pictures without a real face: these workflow tests are about formats,
        // configuration and git, so they run with the face rules off.
        var arguments = arguments
        if executable == binary, let command = arguments.first, ["check", "fix"].contains(command) {
            arguments.insert("--no-face-check", at: 1)
        }
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? repository
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = NSTemporaryDirectory()
        environment.merge(extra) { $1 }
        process.environment = environment
        let scratch = try Scratch()
        let out = scratch.url.appendingPathComponent("stdout"), err = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return ToolRun(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

/// The `--format json` output, as far as these tests read it.
struct CheckRun: Decodable {
    struct File: Decodable {
        var path: String
        var verdict: String
        var findings: [Finding]
    }

    struct Finding: Decodable {
        var rule: String
        var severity: String
        var message: String
    }

    var files: [File]

    static func decode(_ text: String) throws -> CheckRun {
        try JSONDecoder().decode(CheckRun.self, from: Data(text.utf8))
    }

    /// Runs `check --format json --no-config` on `paths` from the package root.
    static func json(_ paths: [String]) throws -> CheckRun {
        try decode(try Tool.run(["check", "--format", "json", "--no-config"] + paths).stdout)
    }
}

/// A temporary folder, removed when the value is released.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pp-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func folder(_ path: String) throws -> URL {
        let folder = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A throwaway git repository to stage fixtures in.
final class GitRepository {
    private let scratch: Scratch
    var url: URL { scratch.url }

    init() throws {
        scratch = try Scratch()
        try git(["init", "-q", "-b", "main"])
        try git(["config", "user.email", "test@example.com"])
        try git(["config", "user.name", "Test"])
    }

    /// Copies a fixture (path relative to the package root) into the repository and stages it.
    func add(_ fixture: String, as name: String) throws {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: Tool.repository.appendingPathComponent(fixture), to: target)
        try git(["add", "--", name])
    }

    func commit(_ message: String) throws {
        try git(["commit", "-q", "-m", message])
    }

    /// Runs git in the repository and returns what it did, without failing on a non-zero exit.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ToolRun {
        try Tool.run(
            ["git"] + arguments, in: url, executable: URL(fileURLWithPath: "/usr/bin/env"), environment: environment)
    }

    private func git(_ arguments: [String]) throws {
        let run = try run(arguments)
        guard run.status == 0 else { throw GitFailure(message: run.stderr) }
    }

    struct GitFailure: Error {
        var message: String
    }
}
