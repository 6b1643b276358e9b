/// What happened to one input photo.
public struct PhotoResult: Codable, Sendable, Equatable {
    /// Final disposition.
    public enum Outcome: String, Codable, Sendable {
        /// Uploaded and in the group (or uploaded, with `--no-wait`, and look requested).
        case uploaded
        /// The gate refused it.
        case rejected
        /// Something failed; see `reason`.
        case failed
        /// Same bytes as an earlier input; uploaded once.
        case duplicate
    }

    /// The path as given.
    public var file: String
    /// Disposition.
    public var outcome: Outcome
    /// SHA-256 of the uploaded bytes.
    public var sha256: String?
    /// v2 image key or v3 asset id.
    public var asset: String?
    /// Look id (v2 `talking_photo_id`, v3 `avatar_id`).
    public var lookID: String?
    /// Last known look status.
    public var lookStatus: String?
    /// Why it was rejected or failed, or which file it duplicates.
    public var reason: String?
}

/// The result of an upload run.
public struct UploadReport: Codable, Sendable, Equatable {
    /// API generation used.
    public var api: APIVersion
    /// Group name.
    public var groupName: String
    /// Group id, once created.
    public var groupID: String?
    /// The id to use as `talking_photo_id` (v2: the group's first avatar id).
    public var talkingPhotoID: String?
    /// Training outcome if `--train`: `ready`, `started`, `failed: …`.
    public var training: String?
    /// Uploads that were re-sent after a lost response and may have left an unused asset on HeyGen.
    public var possibleOrphanAssets: Int
    /// One entry per input path, in input order.
    public var photos: [PhotoResult]

    /// True when every photo was uploaded (duplicates count as uploaded) and training did not fail.
    public var allUploaded: Bool {
        photos.allSatisfy { $0.outcome == .uploaded || $0.outcome == .duplicate }
            && !(training?.hasPrefix("failed") ?? false)
    }
}
