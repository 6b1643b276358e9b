import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `.part` file a download grows beside its output; renamed over the output only when complete.
struct PartialFile {
    /// The final file.
    let output: URL

    /// `<output>.part`, in the same folder so the rename is atomic.
    var url: URL { output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".part") }

    /// Bytes already there (0 when there is no partial file).
    var size: Int { (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0 }

    /// Forgets what was downloaded, to start over from byte 0.
    func discard() { unlink(url.path) }

    /// Flushes the partial file to disk, renames it over `output` and flushes the folder (crash-safe).
    func commit() throws {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let synced = fsync(fd) == 0 ? 0 : errno
        close(fd)
        guard synced == 0 else { throw POSIXError(POSIXErrorCode(rawValue: synced) ?? .EIO) }
        guard rename(url.path, output.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let folder = open(output.deletingLastPathComponent().path, O_RDONLY)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }
}
