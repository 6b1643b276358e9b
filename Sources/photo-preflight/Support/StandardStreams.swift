import Foundation
import PhotoPreflight

/// Writes to standard error (diagnostics and progress) without buffering.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints each problem (an I/O error) and each skipped path (a notice) of `collection`, one a line.
    static func report(_ collection: PhotoCollection) {
        for problem in collection.problems { write("photo-preflight: \(problem)\n") }
        for skipped in collection.skipped { write("photo-preflight: \(skipped)\n") }
    }

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
