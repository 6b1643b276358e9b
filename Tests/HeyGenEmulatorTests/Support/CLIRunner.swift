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

    /// With `descriptorLimit`, the binary runs in a child shell after `ulimit -n LIMIT`.
    static func process(
        _ arguments: [String], environment: [String: String], descriptorLimit: Int? = nil
    ) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        // The test photos are flat synthetic images (no face, no detail): these tests are about the upload
        // workflow, so the gate runs only the format, integrity, size and byte-size checks; looks are polled
        // every 50 ms instead of the real service's seconds.
        var arguments = arguments
        if arguments.first == "upload" {
            arguments += ["--no-face-check", "--poll-interval", "0.05"] + lenientRules.flatMap { ["--disable", $0] }
        }
        if let descriptorLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                ["-c", "ulimit -n \(descriptorLimit) && exec \"$0\" \"$@\"", try binary().path] + arguments
        } else {
            process.executableURL = try binary()
            process.arguments = arguments
        }
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
    static func run(_ arguments: [String], environment: [String: String], descriptorLimit: Int? = nil) throws -> Result
    {
        let (process, out, err) = try process(arguments, environment: environment, descriptorLimit: descriptorLimit)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
