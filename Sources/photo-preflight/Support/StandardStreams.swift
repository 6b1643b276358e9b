import Foundation

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
