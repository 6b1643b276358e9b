import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The run holding a ``StateFileLock``, as it wrote itself into the lock file.
public struct StateFileLockHolder: Sendable, Equatable {
    /// Process id of the holder.
    public var pid: Int32
    /// Host name of the holder (state files may sit on a shared disk).
    public var host: String
    /// When the holder took the lock.
    public var started: Date

    /// The holder line for this process, now.
    public static func current() -> StateFileLockHolder {
        StateFileLockHolder(pid: getpid(), host: localHostName, started: Date())
    }

    /// This machine's name from `gethostname(2)` (no DNS lookup, unlike `ProcessInfo.hostName`).
    static var localHostName: String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count - 1) == 0 else { return "unknown" }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The lock file's text: `pid=…`, `host=…` and `started=…` lines.
    var text: String {
        "pid=\(pid)\nhost=\(host)\nstarted=\(ISO8601DateFormatter().string(from: started))\n"
    }

    /// Parses ``text``; `nil` when the file is empty or torn (a holder between truncating and writing).
    init?(text: String) {
        var fields: [Substring: Substring] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[line[..<equals]] = line[line.index(after: equals)...]
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }), let host = fields["host"],
            let started = fields["started"].flatMap({ ISO8601DateFormatter().date(from: String($0)) })
        else { return nil }
        self.init(pid: pid, host: String(host), started: started)
    }

    /// A holder with the given fields.
    public init(pid: Int32, host: String, started: Date) {
        self.pid = pid
        self.host = host
        self.started = started
    }
}

/// Why a ``StateFileLock`` could not be taken.
public enum StateFileLockError: Error, Sendable, CustomStringConvertible {
    /// Another run holds the lock; `holder` is `nil` if it has not written itself into the lock file yet.
    case inUse(statePath: String, holder: StateFileLockHolder?)
    /// Waited `waited` and the other run still holds the lock.
    case timedOut(statePath: String, holder: StateFileLockHolder?, waited: Duration)
    /// The lock file could not be created, opened or locked.
    case lockFailed(lockPath: String, reason: String)

    public var description: String {
        switch self {
        case .inUse(let path, let holder):
            "state file \(path) is in use by another upload (\(Self.describe(holder))); wait for it, "
                + "pass --wait-for-lock, or use --state to pick another file"
        case .timedOut(let path, let holder, let waited):
            "state file \(path) is still in use by another upload (\(Self.describe(holder))) after waiting "
                + "\(waited); use --state to pick another file"
        case .lockFailed(let path, let reason): "cannot lock \(path): \(reason)"
        }
    }

    private static func describe(_ holder: StateFileLockHolder?) -> String {
        guard let holder else { return "pid unknown" }
        if holder.host == StateFileLockHolder.localHostName { return "pid \(holder.pid)" }
        return "pid \(holder.pid) on \(holder.host)"
    }
}

/// An exclusive lock that lets one run at a time use a state file.
///
/// The lock is a `flock(2)` on `<state>.lock` beside the state file, opened with `O_CREAT`, so it works before
/// the state file exists and the kernel alone decides between runs that start at the same moment. `flock`
/// locks belong to the open file description, so they conflict between two descriptors even in one process,
/// and the kernel drops them when the process dies: a killed run never blocks the next. The descriptor is
/// `O_CLOEXEC`, so child processes do not inherit it. The holder writes a ``StateFileLockHolder`` into the
/// file so a refused run can name it. The lock file is never deleted (deleting it would let two runs lock
/// two different files); it is emptied on ``release()``.
public final class StateFileLock {
    /// The state file this lock guards.
    public let stateURL: URL
    /// The lock file beside it: the state file's path with `.lock` appended.
    public let lockURL: URL
    private var descriptor: Int32?

    private init(stateURL: URL, lockURL: URL, descriptor: Int32) {
        self.stateURL = stateURL
        self.lockURL = lockURL
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file for `stateURL`: `uploads.json` → `uploads.json.lock`.
    public static func lockURL(forStateFile stateURL: URL) -> URL {
        stateURL.deletingLastPathComponent().appendingPathComponent(stateURL.lastPathComponent + ".lock")
    }

    /// Takes the lock or throws ``StateFileLockError/inUse(statePath:holder:)`` at once.
    public static func acquire(stateFile stateURL: URL) throws -> StateFileLock {
        let lockURL = lockURL(forStateFile: stateURL)
        let fd = try openLockFile(lockURL)
        do {
            guard try tryLock(fd, lockURL) else {
                throw StateFileLockError.inUse(statePath: stateURL.path, holder: readHolder(fd))
            }
        } catch {
            close(fd)
            throw error
        }
        return StateFileLock(stateURL: stateURL, lockURL: lockURL, descriptor: fd)
    }

    /// Takes the lock, waiting while another run holds it.
    ///
    /// - Parameters:
    ///   - timeout: How long to wait; `nil` waits until the other run ends. Throws
    ///     ``StateFileLockError/timedOut(statePath:holder:waited:)`` when it passes.
    ///   - pollInterval: How often to try again (default 100 ms). Cancelling the task stops the wait.
    public static func acquireWaiting(
        stateFile stateURL: URL, timeout: Duration? = nil, pollInterval: Duration = .milliseconds(100)
    ) async throws -> StateFileLock {
        let lockURL = lockURL(forStateFile: stateURL)
        let fd = try openLockFile(lockURL)
        let start = ContinuousClock.now
        do {
            while !(try tryLock(fd, lockURL)) {
                if let timeout, ContinuousClock.now - start >= timeout {
                    throw StateFileLockError.timedOut(
                        statePath: stateURL.path, holder: readHolder(fd), waited: timeout)
                }
                try await Task.sleep(for: pollInterval)
            }
        } catch {
            close(fd)
            throw error
        }
        return StateFileLock(stateURL: stateURL, lockURL: lockURL, descriptor: fd)
    }

    /// Takes the lock: waiting without a timeout when `waiting` is true, else failing at once.
    public static func acquire(stateFile stateURL: URL, waiting: Bool) async throws -> StateFileLock {
        waiting ? try await acquireWaiting(stateFile: stateURL) : try acquire(stateFile: stateURL)
    }

    /// Empties the lock file and drops the lock. Calling it again does nothing.
    public func release() {
        guard let fd = descriptor else { return }
        descriptor = nil
        _ = ftruncate(fd, 0)
        close(fd)
    }

    private static func openLockFile(_ lockURL: URL) throws -> Int32 {
        do {
            try FileManager.default.createDirectory(
                at: lockURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            let folder = lockURL.deletingLastPathComponent().path
            throw StateFileLockError.lockFailed(
                lockPath: lockURL.path, reason: "cannot create the folder \(folder) (\(error.localizedDescription))")
        }
        let fd = open(lockURL.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StateFileLockError.lockFailed(lockPath: lockURL.path, reason: errnoText()) }
        return fd
    }

    /// Locks `fd` without blocking and writes this process into the file; `false` if another run holds it.
    private static func tryLock(_ fd: Int32, _ lockURL: URL) throws -> Bool {
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw StateFileLockError.lockFailed(lockPath: lockURL.path, reason: errnoText())
        }
        let bytes = Array(StateFileLockHolder.current().text.utf8)
        // A failed write only costs the refused run the holder's pid; the lock itself holds.
        if ftruncate(fd, 0) == 0 { _ = pwrite(fd, bytes, bytes.count, 0) }
        return true
    }

    /// The holder named in the lock file, retrying briefly while it is empty (the holder may be between
    /// taking the lock and writing itself in).
    private static func readHolder(_ fd: Int32) -> StateFileLockHolder? {
        for attempt in 0..<20 {
            var buffer = [UInt8](repeating: 0, count: 512)
            let count = pread(fd, &buffer, buffer.count, 0)
            if count > 0, let holder = StateFileLockHolder(text: String(decoding: buffer[..<count], as: UTF8.self)) {
                return holder
            }
            if attempt < 19 { usleep(5_000) }
        }
        return nil
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
