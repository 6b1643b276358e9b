import Foundation
import HeyGen

/// Stand-in gate for this branch: accepts files that start with JPEG or PNG magic bytes.
///
/// TODO(lead): wire Preflight — replace with a gate that runs `check` (and `fix` when `fix` is true)
/// and returns `.upload` with the fixed copy's URL, or `.reject` with the failing checks' messages.
struct MagicBytesGate: PhotoGate {
    /// Whether `--fix` was given (unused until the real gate is wired).
    var fix: Bool

    func prepare(_ file: URL) async throws -> GateDecision {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            return .reject(reason: "cannot open the file")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .upload(bytesFile: file, contentType: "image/jpeg") }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return .upload(bytesFile: file, contentType: "image/png")
        }
        return .reject(reason: "not a JPEG or PNG file")
    }
}
