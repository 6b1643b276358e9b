import Foundation

/// A look as the workflow needs to see it.
public struct LookSummary: Sendable, Equatable {
    /// Look id (v2 `talking_photo_id`, v3 `avatar_id`).
    public var id: String
    /// Status word as HeyGen reports it.
    public var status: String?
    /// Failure or moderation message.
    public var message: String?
    /// Whether the look carries a preview image (v3 readiness); true when the API has no such notion.
    public var hasPreview: Bool
    /// The asset reference the look was made from, when the API reveals it.
    public var sourceAsset: String?

    /// Creates a value.
    public init(
        id: String, status: String?, message: String? = nil, hasPreview: Bool = true, sourceAsset: String? = nil
    ) {
        self.id = id
        self.status = status
        self.message = message
        self.hasPreview = hasPreview
        self.sourceAsset = sourceAsset
    }

    /// Whether the look was made from `asset` (v2: its image URL carries the key; v3: the same id).
    public func matches(asset: String) -> Bool {
        sourceAsset == asset || ImageKeyMatch.url(sourceAsset, carries: asset)
    }

    /// Where the look stands: done only when completed and (for v3) previewable.
    public var state: JobState {
        switch StatusAcceptor.state(of: status, message: message) {
        case .done where !hasPreview: .pending("completed-without-preview")
        case let other: other
        }
    }
}

/// A new look in a group.
public struct CreatedLook: Sendable, Equatable {
    /// The group id.
    public var groupID: String
    /// The look id.
    public var lookID: String
    /// The asset it was made from.
    public var asset: String

    /// Creates a value.
    public init(groupID: String, lookID: String, asset: String) {
        self.groupID = groupID
        self.lookID = lookID
        self.asset = asset
    }
}

/// The part of ``AvatarService`` that the ``Uploader`` uses: uploads, groups, looks and training.
///
/// `contentHash` (SHA-256 hex of the uploaded bytes) lets a backend derive idempotency keys. Kept apart
/// from the rest of the service so a test can wrap just the upload workflow (e.g. to crash it midway).
public protocol UploadBackend: Sendable {
    /// The API generation.
    var apiVersion: APIVersion { get }
    /// How many assets one add-looks call takes (v2: 4, v3: 1).
    var maxLooksPerAdd: Int { get }
    /// Whether a create can be re-sent safely after an unknown outcome (v3: Idempotency-Key).
    var createsAreReplayable: Bool { get }

    /// The Idempotency-Key this backend sends for `operation` (`upload`, `avatar`), or nil (v2).
    func idempotencyKey(operation: String, scope: String, contentHash: String) -> String?
    /// Uploads a photo; returns the asset reference (v2 image key, v3 asset id).
    func upload(_ file: URL, contentType: AssetContentType, contentHash: String) async throws -> String
    /// Creates a group from one asset.
    func createGroup(name: String, asset: String, contentHash: String) async throws -> CreatedLook
    /// Adds looks to a group; the result lists the looks it made (matched to their assets).
    func addLooks(
        groupID: String, name: String, assets: [(asset: String, contentHash: String)]
    ) async throws
        -> [CreatedLook]
    /// The id of a group called `name`, if one exists.
    func findGroup(named name: String) async throws -> String?
    /// The looks of a group.
    func looks(inGroup groupID: String) async throws -> [LookSummary]
    /// Starts training (v2 only).
    func train(groupID: String) async throws
    /// Training status (v2 only).
    func trainingState(groupID: String) async throws -> JobState
}
