import Foundation
import Testing

/// Runs the built `photo-preflight` binary.
enum CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle (`swift build` puts products in the same folder).
    static func binary() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("photo-preflight")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw CLIError(description: "photo-preflight not built next to \(folder.path); run swift build first")
    }

    /// Checks the flat test photos cannot pass, switched off for the upload workflow tests.
    static let lenientRules = ["blurry", "low-contrast", "too-dark", "too-bright"]

    struct CLIError: Error, CustomStringConvertible { var description: String }

    static func process(_ arguments: [String], environment: [String: String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = try binary()
        // The test photos are flat synthetic images (no face, no detail): these tests are about the upload
        // workflow, so the gate runs only the format, integrity, size and byte-size checks.
        var arguments = arguments
        if arguments.first == "upload" {
            arguments += ["--no-face-check"] + lenientRules.flatMap { ["--disable", $0] }
        }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HEYGEN") }
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        return (process, out, err)
    }

    /// Runs to completion.
    static func run(_ arguments: [String], environment: [String: String]) throws -> Result {
        let (process, out, err) = try process(arguments, environment: environment)
        try process.run()
        return finish(process, out, err)
    }

    /// Runs to completion, waiting on a thread of its own (see ``offPool(_:)``).
    static func runOffPool(_ arguments: [String], environment: [String: String]) async throws -> Result {
        let (process, out, err) = try process(arguments, environment: environment)
        try process.run()
        return await finishOffPool(process, out, err)
    }

    /// ``finish(_:_:_:)`` on a thread of its own.
    static func finishOffPool(_ process: Process, _ out: Pipe, _ err: Pipe) async -> Result {
        await offPool { finish(process, out, err) }
    }

    /// Runs blocking `body` on a thread of its own: a busy Swift concurrency pool (two threads on a two-core
    /// machine, shared by every suite running in parallel) can then neither delay it nor be held by it.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    /// Reads a started process's output to the end and waits for it to exit.
    static func finish(_ process: Process, _ out: Pipe, _ err: Pipe) -> Result {
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
