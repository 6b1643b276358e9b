import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written. Nothing is left behind: no temporary file, no half-written output, no
/// folder that the write created.
package struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be written.
    package var path: String
    /// The system's explanation, e.g. "No space left on device".
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var description: String { "cannot write \(path): \(reason)" }
}

/// Writes files atomically: the bytes go to a temporary file in the destination folder (opened with
/// `O_CLOEXEC`, so no child process inherits it), which is flushed to disk (fsync) and then renamed over the
/// destination, and the folder itself is synced. Readers see the old file or the complete new one, never a
/// partial one; on failure the temporary file and any folders the write created are removed.
package enum AtomicFileWriter {
    /// Writes `bytes` to `url`, creating missing parent folders (mode 0o755, removed again if the write fails).
    ///
    /// - Parameter permissions: mode bits for the new file, less the umask: 0o644 for photos and reports,
    ///   0o600 for files that hold anything private (the upload state file).
    package static func write(
        _ bytes: some ContiguousBytes, to url: URL, permissions: mode_t
    ) throws(FileWriteError) {
        let path = url.path
        let folder = url.deletingLastPathComponent()
        let created = try createFolders(folder, for: path)
        do {
            try writeReplacing(bytes, path: path, folder: folder.path, permissions: permissions)
        } catch {
            for folder in created.reversed() { rmdir(folder) }
            throw error
        }
    }

    private static func writeReplacing(
        _ bytes: some ContiguousBytes, path: String, folder: String, permissions: mode_t
    )
        throws(FileWriteError)
    {
        let name = (path as NSString).lastPathComponent
        let unique = "\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(unique).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw failure(path) }
        var error: FileWriteError?
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let result = Foundation.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    error = failure(path)
                    return
                }
                written += result
            }
        }
        if error == nil && fsync(descriptor) != 0 { error = failure(path) }
        if close(descriptor) != 0 && error == nil { error = failure(path) }
        if error == nil && rename(temporary, path) != 0 { error = failure(path) }
        if let error {
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Moves a file that was written elsewhere piece by piece (a resumable download's `.part` file, in the
    /// destination's folder) into place the same crash-safe way: the file is flushed to disk, renamed over
    /// `url`, and the folder synced. On failure `finished` is left where it is, so it can be resumed.
    package static func commit(finished: URL, to url: URL) throws(FileWriteError) {
        let descriptor = open(finished.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(url.path) }
        let synced = fsync(descriptor) == 0
        let failed = synced ? nil : failure(url.path)
        close(descriptor)
        if let failed { throw failed }
        guard rename(finished.path, url.path) == 0 else { throw failure(url.path) }
        syncFolder(url.deletingLastPathComponent().path)
    }

    /// Makes a rename in `folder` durable.
    private static func syncFolder(_ folder: String) {
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Creates `folder` and its missing parents; returns the paths created, outermost first.
    private static func createFolders(_ folder: URL, for path: String) throws(FileWriteError) -> [String] {
        var missing: [String] = []
        var current = folder
        while !FileManager.default.fileExists(atPath: current.path) {
            missing.append(current.path)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        var created: [String] = []
        for folder in missing.reversed() {
            if mkdir(folder, 0o755) != 0 {
                if errno == EEXIST { continue }  // made meanwhile by someone else: not ours to remove
                let error = failure(path)
                for made in created.reversed() { rmdir(made) }
                throw error
            }
            created.append(folder)
        }
        return created
    }

    private static func failure(_ path: String) -> FileWriteError {
        FileWriteError(path: path, reason: String(cString: strerror(errno)))
    }
}
