import Foundation
internal import PreflightSupport

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
        try AtomicFileWriter.commit(finished: url, to: output)
    }
}
