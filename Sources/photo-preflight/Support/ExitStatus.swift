import ArgumentParser

/// The documented exit statuses.
enum ExitStatus {
    /// Every photo passes (warnings allowed unless --strict).
    static let success: Int32 = 0
    /// At least one photo fails, or warns with --strict.
    static let photosFailed: Int32 = 1
    /// Bad arguments, a missing path, or an I/O error.
    static let usageOrIOError: Int32 = 2
}

extension ExitStatus {
    /// Prints `error` on standard error as `error: …` and gives the usage-or-I/O exit to throw.
    static func reporting(_ error: any Error) -> ExitCode {
        StandardError.error("\(error)")
        return ExitCode(usageOrIOError)
    }
}
