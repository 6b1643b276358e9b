import Foundation

/// What a finished command printed and how it ended.
public struct CommandResult: Sendable {
    /// The exit status (or the signal number when it was killed).
    public var status: Int32
    /// Everything it wrote to standard output.
    public var stdout: String
    /// Everything it wrote to standard error.
    public var stderr: String
}

/// A started command whose output pipes are being drained while it runs.
public final class RunningCommand: @unchecked Sendable {
    /// The process, e.g. to read its `processIdentifier` or send it a signal.
    public let process: Process
    private let drained = DispatchGroup()
    private let output = OutputBuffers()

    fileprivate init(process: Process, stdout: Pipe, stderr: Pipe) {
        self.process = process
        let output = self.output
        // Both pipes are read at the same time on their own threads, so a command that fills one of them
        // (a long stderr log, say) can never block while we wait on the other.
        DispatchQueue.global().async(group: drained) {
            output.setStdout(stdout.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: drained) {
            output.setStderr(stderr.fileHandleForReading.readDataToEndOfFile())
        }
    }

    /// Waits until the command has ended and both pipes are closed.
    public func wait() -> CommandResult {
        drained.wait()
        process.waitUntilExit()
        let (stdout, stderr) = output.contents
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// The one way the tests run a program: standard input from /dev/null, both output pipes drained at once.
public enum CommandRunner {
    /// Starts `executable` with `arguments` in `directory`; `environment` is added to this process's
    /// environment after removing every variable whose name starts with one of `removingPrefixes`.
    public static func start(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        removingPrefixes: [String] = []
    ) throws -> RunningCommand {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var inherited = ProcessInfo.processInfo.environment
        for name in inherited.keys where removingPrefixes.contains(where: { name.hasPrefix($0) }) {
            inherited[name] = nil
        }
        process.environment = inherited.merging(environment) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return RunningCommand(process: process, stdout: stdout, stderr: stderr)
    }

    /// Runs the command to its end; see ``start(_:_:in:environment:removingPrefixes:)``.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        removingPrefixes: [String] = []
    ) throws -> CommandResult {
        try start(
            executable, arguments, in: directory, environment: environment, removingPrefixes: removingPrefixes
        ).wait()
    }
}

/// The two outputs, written by the reader threads and read once both are done.
private final class OutputBuffers: @unchecked Sendable {
    private let lock = NSLock()
    private var stdout = Data()
    private var stderr = Data()

    func setStdout(_ data: Data) { lock.withLock { stdout = data } }
    func setStderr(_ data: Data) { lock.withLock { stderr = data } }
    var contents: (Data, Data) { lock.withLock { (stdout, stderr) } }
}
