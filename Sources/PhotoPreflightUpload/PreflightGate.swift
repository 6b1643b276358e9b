import Foundation
import HeyGen
import PhotoPreflight
import PreflightSupport

/// The upload gate: runs `check` on every photo (and `fix` first with `--fix`) and lets only passing photos
/// through. Warnings pass; a failing photo is rejected with the failing checks' messages.
public struct PreflightGate: PhotoGate {
    /// The checks a photo must pass.
    public var preflight: Preflight
    /// With `--fix`: fix options and the folder the fixed copies are written to (beside the state file).
    public var fixing: (options: FixOptions, folder: URL)?

    /// Creates a gate; with `fixing`, photos are fixed first and the fixed copies uploaded.
    public init(preflight: Preflight, fixing: (options: FixOptions, folder: URL)? = nil) {
        self.preflight = preflight
        self.fixing = fixing
    }

    public func prepare(_ file: URL) async throws -> GateDecision {
        guard let fixing else {
            let report = preflight.check(fileAt: file)
            guard report.verdict != .fail else { return .reject(reason: Self.reasons(report)) }
            return .upload(bytesFile: file, contentType: Self.contentType(report.format))
        }
        let original: [UInt8]
        do {
            original = try PhotoFileReader.read(file, maxBytes: preflight.limits.maxBytes)
        } catch {
            return .reject(reason: "cannot read the file: \(error.localizedDescription)")
        }
        let fixed = PhotoFixer(options: fixing.options, preflight: preflight).fix(
            bytes: original, name: file.lastPathComponent)
        guard let bytes = fixed.bytes, fixed.report.outcome == .pass else {
            let reason = fixed.report.check.map(Self.reasons) ?? fixed.report.reason ?? "could not be fixed"
            return .reject(reason: "not fixable: \(reason)")
        }
        // Named by the original's hash, so a re-run writes the same copy and the upload state recognises it.
        let hash = try ContentHash.sha256(of: file).prefix(16)
        let suffix = fixed.format == .png ? "png" : "jpg"
        let copy = fixing.folder.appendingPathComponent("\(hash).\(suffix)")
        try FileManager.default.createDirectory(at: fixing.folder, withIntermediateDirectories: true)
        try AtomicFileWriter.write(bytes, to: copy, permissions: 0o644)
        return .upload(bytesFile: copy, contentType: Self.contentType(fixed.format?.rawValue))
    }

    private static func contentType(_ format: String?) -> String {
        format == ImageFormat.png.rawValue ? "image/png" : "image/jpeg"
    }

    private static func reasons(_ report: PhotoReport) -> String {
        report.findings.filter { $0.severity == .error }.map(\.line).joined(separator: "; ")
    }
}
