import Foundation
import TestSupport

/// Runs the built `photo-preflight` binary against the emulator, through the shared ``CommandRunner``.
enum CLIRunner {
    /// What a run printed, and its exit status.
    typealias Result = CommandResult

    /// The binary next to the test bundle (`swift build` puts products in the same folder).
    static func binary() throws -> URL { try BuiltProducts.executable(named: "photo-preflight") }

    /// Checks the flat test photos cannot pass, switched off for the upload workflow tests.
    static let lenientRules = ["blurry", "low-contrast", "too-dark", "too-bright"]

    /// The test photos are flat synthetic images (no face, no detail): these tests are about the upload
    /// workflow, so the gate runs only the format, integrity, size and byte-size checks; looks are polled
    /// every 50 ms instead of the real service's seconds.
    static func withTestSettings(_ arguments: [String]) -> [String] {
        guard arguments.first == "upload" else { return arguments }
        return arguments + ["--no-face-check", "--poll-interval", "0.05"] + lenientRules.flatMap { ["--disable", $0] }
    }

    /// Starts the tool; the caller's `HEYGEN_*` variables are not inherited, `environment` is added. With
    /// `descriptorLimit`, the binary runs in a child shell after `ulimit -n LIMIT`.
    static func start(
        _ arguments: [String], environment: [String: String], descriptorLimit: Int? = nil
    ) throws -> RunningCommand {
        let arguments = withTestSettings(arguments)
        if let descriptorLimit {
            let shell = ["-c", "ulimit -n \(descriptorLimit) && exec \"$0\" \"$@\"", try binary().path]
            return try CommandRunner.start(
                URL(fileURLWithPath: "/bin/sh"), shell + arguments, environment: environment,
                removingPrefixes: ["HEYGEN"])
        }
        return try CommandRunner.start(
            try binary(), arguments, environment: environment, removingPrefixes: ["HEYGEN"])
    }

    /// Runs to completion.
    static func run(
        _ arguments: [String], environment: [String: String], descriptorLimit: Int? = nil
    ) throws -> Result {
        try start(arguments, environment: environment, descriptorLimit: descriptorLimit).wait()
    }

    /// Runs to completion, waiting on a thread of its own (see ``offPool(_:)``).
    static func runOffPool(_ arguments: [String], environment: [String: String]) async throws -> Result {
        await finishOffPool(try start(arguments, environment: environment))
    }

    /// Waits for a started run on a thread of its own.
    static func finishOffPool(_ running: RunningCommand) async -> Result {
        await offPool { running.wait() }
    }

    /// Runs blocking `body` on a thread of its own: a busy Swift concurrency pool (two threads on a two-core
    /// machine, shared by every suite running in parallel) can then neither delay it nor be held by it.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
