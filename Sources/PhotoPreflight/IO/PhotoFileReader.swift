import Foundation

/// Why a photo file could not be read.
public enum FileReadError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// A folder, a named pipe, a device or a symbolic link: reading it could block or mean nothing.
    case notRegularFile
    /// The file holds at least `bytes` bytes, more than the `limit`; it was not read into memory.
    case tooLarge(bytes: Int, limit: Int)
    /// The system refused to open or read it; `reason` is the system's explanation.
    case unreadable(reason: String)

    public var description: String {
        switch self {
        case .notRegularFile: "not a regular file"
        case .tooLarge(_, let limit): "larger than \(limit) bytes"
        case .unreadable(let reason): reason
        }
    }

    public var errorDescription: String? { description }
}

/// The one way a photo is read from disk: a regular file, at most a byte limit.
///
/// ```swift
/// let bytes = try PhotoFileReader.read(url, maxBytes: ImageLimits.standard.maxBytes)
/// ```
public enum PhotoFileReader {
    /// The contents of the regular file at `url`.
    ///
    /// Reads at most `maxBytes + 1` bytes whatever the file's size claims to be, so a file that grows
    /// while it is read, or one whose size is not known in advance, is still refused. Named pipes are
    /// opened without blocking and refused, as are folders, devices and symbolic links.
    public static func read(_ url: URL, maxBytes: Int) throws(FileReadError) -> [UInt8] {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw code == ELOOP ? .notRegularFile : .unreadable(reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
        let limit = max(0, maxBytes)
        let declared = Int(status.st_size)
        if declared > limit { throw .tooLarge(bytes: declared, limit: limit) }
        return try readAll(descriptor, upTo: limit + 1, expected: declared, limit: limit)
    }

    /// Reads until the end of the file or `cap` bytes, whichever comes first.
    private static func readAll(
        _ descriptor: Int32, upTo cap: Int, expected: Int, limit: Int
    ) throws(FileReadError)
        -> [UInt8]
    {
        var bytes = [UInt8](repeating: 0, count: min(cap, max(expected + 1, 4096)))
        var count = 0
        while count < cap {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(cap, bytes.count * 2) - count))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
        }
        if count > limit { throw .tooLarge(bytes: count, limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }
}
