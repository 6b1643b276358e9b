import Foundation

/// Why a file could not be written. Nothing is left behind: no temporary file, no half-written output.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// The system's explanation, e.g. "No space left on device".
    public var reason: String

    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes files atomically: the bytes go to a temporary file in the destination folder, which is flushed
/// to disk (fsync) and then renamed over the destination, and the folder itself is synced. Readers see the
/// old file or the complete new one, never a partial one; on failure the temporary file is removed.
public enum AtomicFileWriter {
    /// Writes `bytes` to `url`, creating missing parent folders (removed again if the write fails).
    ///
    /// - Parameter permissions: mode bits for the new file (default 0o644, less the umask).
    public static func write(_ bytes: [UInt8], to url: URL, permissions: mode_t = 0o644) throws(FileWriteError) {
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
        _ bytes: [UInt8], path: String, folder: String, permissions: mode_t
    )
        throws(FileWriteError)
    {
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw failure(path) }
        var error: FileWriteError?
        var written = 0
        bytes.withUnsafeBytes { raw in
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
        // Make the rename itself durable.
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
            if mkdir(folder, 0o755) != 0 && errno != EEXIST {
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
