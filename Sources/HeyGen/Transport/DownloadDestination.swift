import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a download's body goes instead of memory: a file on disk (created with mode 0666 less the umask).
///
/// A `206 Partial Content` answer is appended after the first `offset` bytes already in the file; a
/// `200 OK` answer replaces the file from byte 0 (the server ignored `Range`). Other statuses keep their
/// body in memory (it is an error text) and leave the file untouched.
public struct DownloadDestination: Sendable, Equatable {
    /// The file written (a `.part` file beside the final output).
    public var file: URL
    /// Bytes of the file already downloaded and asked for no more (`Range: bytes=<offset>-`).
    public var offset: Int

    /// Creates a destination.
    public init(file: URL, offset: Int) {
        self.file = file
        self.offset = offset
    }
}

/// The file descriptor one transfer writes into; the ``ResponseSink`` owning it closes it when it goes.
struct DownloadFile: Sendable {
    private var descriptor: Int32 = -1

    /// Opens `destination` for status `status` (206 keeps the first `offset` bytes, 200 starts over);
    /// does nothing when already open. False when the file cannot be opened.
    mutating func begin(_ destination: DownloadDestination, status: Int) -> Bool {
        if descriptor >= 0 { return true }
        let keep = status == 206 ? off_t(destination.offset) : 0
        let fd = open(destination.file.path, O_WRONLY | O_CREAT, 0o666)
        guard fd >= 0, ftruncate(fd, keep) == 0, lseek(fd, keep, SEEK_SET) == keep else {
            if fd >= 0 { Foundation.close(fd) }
            return false
        }
        descriptor = fd
        return true
    }

    /// Writes all of `bytes`; false on a write error.
    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard descriptor >= 0, let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Closes the descriptor, if open.
    mutating func close() {
        if descriptor >= 0 { Foundation.close(descriptor) }
        descriptor = -1
    }
}
