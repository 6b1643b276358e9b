import Foundation
import TestSupport

/// What a run of the built `photo-preflight` printed, and its exit status.
typealias CLIResult = CommandResult

/// Runs the built `photo-preflight` binary through the shared ``CommandRunner``.
enum CLIRunner {
    /// The repository root.
    static let repository = RepositoryPaths.repository

    /// The binary beside the test bundle (SwiftPM builds it because this target depends on it).
    static var binary: URL {
        get throws { try BuiltProducts.executable(named: "photo-preflight") }
    }

    /// The path of a file under `Fixtures/`.
    static func fixture(_ relative: String) -> String { RepositoryPaths.fixture(relative).path }

    /// Runs the tool with `arguments`, in `directory`, with `environment` added.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> CLIResult {
        try CommandRunner.run(try binary, arguments, in: directory, environment: environment)
    }
}
