import Foundation
import HeyGen
import PhotoPreflight

/// What became of one photo sent through the gate to HeyGen.
public enum CheckedPhotoOutcome: Sendable, Equatable {
    /// Uploaded; the v2 image key or v3 asset id.
    case uploaded(reference: String)
    /// It failed the checks; the failing checks' messages.
    case rejected(reason: String)
}

/// Checks one photo and uploads it when it passes (`video avatar-iv --photo`).
public struct CheckedPhotoUpload: Sendable {
    /// The checks the photo must pass.
    public var preflight: Preflight

    /// Creates an upload with these checks.
    public init(preflight: Preflight) { self.preflight = preflight }

    /// Checks `file`; uploads it over `service` if it passes.
    public func upload(_ file: URL, to service: any UploadBackend) async throws -> CheckedPhotoOutcome {
        switch try await PreflightGate(preflight: preflight).prepare(file) {
        case .reject(let reason): return .rejected(reason: reason)
        case .upload(let bytes, let type):
            let contentType = AssetContentType(rawValue: type) ?? .jpeg
            let hash = try ContentHash.sha256(of: bytes)
            return .uploaded(reference: try await service.upload(bytes, contentType: contentType, contentHash: hash))
        }
    }
}
