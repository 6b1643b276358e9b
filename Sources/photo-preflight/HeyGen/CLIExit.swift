import ArgumentParser
import Foundation
import HeyGen

/// Exit codes of the HeyGen commands.
enum CLIExit: Int32 {
    /// Everything uploaded / the request succeeded.
    case success = 0
    /// Some photos were rejected or failed, or a polled job failed.
    case partial = 1
    /// Usage, authentication, configuration or network error.
    case usage = 2
}

/// Prints diagnostics to stderr.
enum Diagnostics {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Runs `body`, printing HeyGen errors readably (with what to check, from `heygen`'s settings) and mapping
/// them to exit codes.
func withCLIErrors<T>(_ heygen: HeyGenOptions? = nil, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as HeyGenError {
        StandardError.error(heygen?.explain(error) ?? "\(error)")
        switch error {
        case .jobFailed, .waitTimedOut: throw ExitCode(CLIExit.partial.rawValue)
        default: throw ExitCode(CLIExit.usage.rawValue)
        }
    } catch let error as ManifestError {
        StandardError.error("\(error)")
        throw ExitCode(CLIExit.usage.rawValue)
    } catch let exit as ExitCode {
        throw exit
    } catch is CancellationError {
        throw ExitCode(CLIExit.usage.rawValue)
    } catch {
        StandardError.error("\(error)")
        throw ExitCode(CLIExit.usage.rawValue)
    }
}

/// A configuration problem found by the CLI.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
