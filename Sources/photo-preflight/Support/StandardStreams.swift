import Foundation
import PhotoPreflight

/// Writes to standard error (diagnostics and progress) without buffering.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `message` as an error line, `error: MESSAGE`: the one prefix every error of the tool uses.
    static func error(_ message: String) {
        write("\(prefix)\(message)\n")
    }

    /// The prefix of every error line.
    static let prefix = "error: "

    /// Prints each problem of `collection` (an I/O error) as an error line and each skipped path as a
    /// `warning:` line, one a line.
    static func report(_ collection: PhotoCollection) {
        for problem in collection.problems { error("\(problem)") }
        for skipped in collection.skipped { write("\(warningPrefix)\(skipped)\n") }
    }

    /// The prefix of notices: something was left out or is worth knowing, and the run goes on.
    static let warningPrefix = "warning: "

    /// Whether standard error is a terminal.
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Writes results to standard output.
enum StandardOutput {
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}
