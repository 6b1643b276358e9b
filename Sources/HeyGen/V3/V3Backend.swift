import Foundation

/// The ``AvatarService`` over HeyGen's v3 API (asset ids; no training or AI generation): one look per
/// create call, every create with an Idempotency-Key derived from the photo's SHA-256, so re-sending
/// after a lost answer is safe.
public struct V3Backend: AvatarService {
    /// The endpoint API.
    public let api: HeyGenV3API

    /// Creates the backend.
    public init(api: HeyGenV3API) { self.api = api }

    public var apiVersion: APIVersion { .v3 }
    public var maxLooksPerAdd: Int { 1 }
    public var createsAreReplayable: Bool { true }

    public func idempotencyKey(operation: String, scope: String, contentHash: String) -> String? {
        IdempotencyKey.derive(operation: operation, scope: scope, contentHash: contentHash)
    }

    public func upload(_ file: URL, contentType: AssetContentType, contentHash: String) async throws -> String {
        let key = IdempotencyKey.derive(operation: "upload", scope: IdempotencyScope.upload, contentHash: contentHash)
        return try await api.uploadAsset(file: file, contentType: contentType, idempotencyKey: key).assetID
    }

    public func createGroup(name: String, asset: String, contentHash: String) async throws -> CreatedLook {
        let key = IdempotencyKey.derive(
            operation: "avatar", scope: IdempotencyScope.newGroup(name), contentHash: contentHash)
        let created = try await api.createPhotoAvatar(name: name, assetID: asset, groupID: nil, idempotencyKey: key)
        guard let look = created.avatarItem, let group = created.avatarGroup?.id ?? look.groupID else {
            throw HeyGenError.unexpectedResponse("create avatar answered without avatar_item / avatar_group")
        }
        return CreatedLook(groupID: group, lookID: look.id, asset: asset)
    }

    public func addLooks(
        groupID: String, name: String, assets: [(asset: String, contentHash: String)]
    ) async throws
        -> [CreatedLook]
    {
        var created: [CreatedLook] = []
        for (asset, hash) in assets {
            let key = IdempotencyKey.derive(
                operation: "avatar", scope: IdempotencyScope.group(groupID), contentHash: hash)
            let answer = try await api.createPhotoAvatar(
                name: name, assetID: asset, groupID: groupID, idempotencyKey: key)
            guard let look = answer.avatarItem else {
                throw HeyGenError.unexpectedResponse("create avatar answered without avatar_item")
            }
            created.append(CreatedLook(groupID: groupID, lookID: look.id, asset: asset))
        }
        return created
    }

    public func findGroup(named name: String) async throws -> String? {
        try await api.allGroups().first { $0.name == name }?.id
    }

    public func looks(inGroup groupID: String) async throws -> [LookSummary] {
        try await api.allLooks(groupID: groupID).map { look in
            LookSummary(
                id: look.id, status: look.status, message: look.error?.message, hasPreview: look.previewImageURL != nil)
        }
    }

    public func train(groupID: String) async throws {
        throw HeyGenError.unsupported("training exists only in HeyGen's v2 API; v3 processes looks automatically")
    }

    public func trainingState(groupID: String) async throws -> JobState {
        throw HeyGenError.unsupported("training exists only in HeyGen's v2 API")
    }
}
