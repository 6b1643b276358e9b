import Foundation

/// How far one photo got.
public enum PhotoStage: String, Codable, Sendable {
    /// An upload was sent; whether it arrived is unknown until a response is recorded.
    case uploading
    /// Uploaded; `asset` is set.
    case uploaded
    /// An add-looks (or group create) was sent for it; the look may or may not exist.
    case addingLook
    /// Its look exists; `lookID` is set.
    case lookCreated
    /// Its look reached a final good state.
    case done
    /// Gave up on it; `failure` says why.
    case failed
}

/// One photo in the manifest, keyed by the SHA-256 of its uploaded bytes.
public struct PhotoRecord: Codable, Sendable, Equatable {
    /// SHA-256 (lower-case hex) of the uploaded bytes.
    public var sha256: String
    /// The path the user gave.
    public var source: String
    /// Media type uploaded.
    public var contentType: String
    /// Progress.
    public var stage: PhotoStage
    /// v2 image key or v3 asset id.
    public var asset: String?
    /// The look made from it.
    public var lookID: String?
    /// Why it failed.
    public var failure: String?
    /// Idempotency-Keys used for it, by operation (v3).
    public var idempotencyKeys: [String: String]?

    /// Records the Idempotency-Key sent for `operation`, if there is one.
    mutating func remember(_ key: String?, for operation: String) {
        guard let key else { return }
        idempotencyKeys = (idempotencyKeys ?? [:]).merging([operation: key]) { $1 }
    }
}

/// The resumable state of one `upload` run (`.photo-preflight/uploads.json`). Never holds the API key.
public struct UploadManifest: Codable, Sendable, Equatable {
    /// Format version; 1.
    public var version = 1
    /// API generation that made the remote objects.
    public var api: APIVersion
    /// The group's name.
    public var groupName: String
    /// The group's id once known.
    public var groupID: String?
    /// A group create was sent; on resume, look the group up by name before creating another.
    public var groupCreateSent = false
    /// Training progress: nil, `started`, `ready`, `failed`.
    public var training: String?
    /// Uploads whose response was lost and which were sent again: assets that may exist unused on HeyGen.
    public var possibleOrphanAssets = 0
    /// Photos by SHA-256.
    public var photos: [String: PhotoRecord] = [:]

    /// An empty manifest.
    public init(api: APIVersion, groupName: String) {
        self.api = api
        self.groupName = groupName
    }
}
