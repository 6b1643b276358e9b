import Foundation

/// The ``AvatarService`` over the seed's v1/v2 API: every capability but asset ids.
///
/// v2 creates carry no idempotency key, so a create whose answer was lost is reconciled by the
/// uploader (group by name, looks by image key) instead of being re-sent blindly.
public struct V2Backend: AvatarService {
    /// The endpoint API.
    public let api: HeyGenV2API

    /// Creates the backend.
    public init(api: HeyGenV2API) { self.api = api }

    public var apiVersion: APIVersion { .v2 }
    public var maxLooksPerAdd: Int { AddLooksRequest.maxImageKeys }
    public var createsAreReplayable: Bool { false }

    public func idempotencyKey(operation: String, scope: String, contentHash: String) -> String? { nil }

    public func upload(_ file: URL, contentType: AssetContentType, contentHash: String) async throws -> String {
        let asset = try await api.uploadAsset(file: file, contentType: contentType)
        guard let key = asset.imageKey, !key.isEmpty else {
            throw HeyGenError.unexpectedResponse(
                "upload answered without image_key (file_type \(asset.fileType ?? "?"))")
        }
        return key
    }

    public func createGroup(name: String, asset: String, contentHash: String) async throws -> CreatedLook {
        let avatar = try await api.createAvatarGroup(CreateAvatarGroupRequest(name: name, imageKey: asset))
        return CreatedLook(groupID: avatar.groupID ?? avatar.id, lookID: avatar.id, asset: asset)
    }

    public func addLooks(
        groupID: String, name: String, assets: [(asset: String, contentHash: String)]
    ) async throws
        -> [CreatedLook]
    {
        let keys = assets.map(\.asset)
        let looks = try await api.addLooks(AddLooksRequest(groupID: groupID, imageKeys: keys, name: name))
        return zip(keys, Self.align(looks, to: keys)).compactMap { key, look in
            look.map { CreatedLook(groupID: groupID, lookID: $0.id, asset: key) }
        }
    }

    /// Pairs looks with keys by image URL where possible, else by position.
    static func align(_ looks: [PhotoAvatar], to keys: [String]) -> [PhotoAvatar?] {
        var remaining = looks
        var result: [PhotoAvatar?] = keys.map { key in
            guard let index = remaining.firstIndex(where: { $0.wasMade(from: key) }) else { return nil }
            return remaining.remove(at: index)
        }
        for index in result.indices where result[index] == nil && !remaining.isEmpty && looks.count == keys.count {
            result[index] = remaining.removeFirst()
        }
        return result
    }

    public func findGroup(named name: String) async throws -> String? {
        try await api.avatarGroups().first { $0.name == name }?.id
    }

    public func looks(inGroup groupID: String) async throws -> [LookSummary] {
        try await api.groupLooks(groupID: groupID).map { look in
            LookSummary(id: look.id, status: look.status, message: look.moderationMessage, sourceAsset: look.imageURL)
        }
    }

    public func train(groupID: String) async throws {
        _ = try await startTraining(groupID: groupID)
    }

    public func trainingState(groupID: String) async throws -> JobState {
        try await trainingStatus(groupID: groupID).state
    }
}
