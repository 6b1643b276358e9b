import Foundation

/// HeyGen's v1/v2 photo-avatar API (the seed), one method per endpoint.
///
/// Creates (`POST`) are not re-sent after a 5xx or a dropped connection; the caller reconciles.
public struct HeyGenV2API: Sendable {
    /// The connection requests go through.
    public let connection: HeyGenConnection

    /// Creates the API over `connection`.
    public init(connection: HeyGenConnection) { self.connection = connection }

    /// `POST upload.heygen.com/v1/asset`: uploads a file's raw bytes, streamed from disk.
    public func uploadAsset(file: URL, contentType: AssetContentType) async throws -> UploadedAsset {
        try await connection.call(
            .post, "/v1/asset", host: .upload, body: .file(file, contentType: contentType.rawValue))
    }

    /// `POST /v2/photo_avatar/avatar_group/create`.
    public func createAvatarGroup(_ request: CreateAvatarGroupRequest) async throws -> PhotoAvatar {
        try await connection.call(.post, "/v2/photo_avatar/avatar_group/create", body: .json(request))
    }

    /// `POST /v2/photo_avatar/avatar_group/add`.
    public func addLooks(_ request: AddLooksRequest) async throws -> [PhotoAvatar] {
        let response: AddLooksResponse = try await connection.call(
            .post, "/v2/photo_avatar/avatar_group/add", body: .json(request))
        return response.photoAvatarList
    }

    /// `POST /v2/photo_avatar/train`.
    public func train(groupID: String) async throws -> TrainingStarted {
        try await connection.call(
            .post, "/v2/photo_avatar/train", body: .json(["group_id": validatedID(groupID, "group id")]))
    }

    /// `GET /v2/photo_avatar/train/status/{group_id}`.
    public func trainingStatus(groupID: String) async throws -> TrainingStatus {
        try await connection.call(.get, "/v2/photo_avatar/train/status/\(validatedID(groupID, "group id"))")
    }

    /// `GET /v2/photo_avatar/{id}`.
    public func photoAvatar(id: String) async throws -> PhotoAvatar {
        try await connection.call(.get, "/v2/photo_avatar/\(validatedID(id, "photo avatar id"))")
    }

    /// `DELETE /v2/photo_avatar/{id}`.
    public func deletePhotoAvatar(id: String) async throws {
        let _: IgnoredPayload = try await connection.call(
            .delete, "/v2/photo_avatar/\(validatedID(id, "photo avatar id"))")
    }

    /// `DELETE /v2/photo_avatar_group/{id}`: deletes the group and all its looks.
    public func deleteAvatarGroup(id: String) async throws {
        let _: IgnoredPayload = try await connection.call(
            .delete, "/v2/photo_avatar_group/\(validatedID(id, "group id"))")
    }

    /// `POST /v2/photo_avatar/photo/generate`; returns the generation id.
    public func generatePhoto(_ request: GeneratePhotoRequest) async throws -> String {
        let started: GenerationStarted = try await connection.call(
            .post, "/v2/photo_avatar/photo/generate", body: .json(request))
        return started.generationID
    }

    /// `GET /v2/photo_avatar/generation/{id}`.
    public func generationStatus(id: String) async throws -> GenerationStatus {
        try await connection.call(.get, "/v2/photo_avatar/generation/\(validatedID(id, "generation id"))")
    }

    /// `POST /v2/video/av4/generate`; returns the video id.
    public func generateAvatarIVVideo(_ request: AvatarIVRequest) async throws -> String {
        let started: VideoStarted = try await connection.call(.post, "/v2/video/av4/generate", body: .json(request))
        return started.videoID
    }

    /// `GET /v1/talking_photo.list`.
    public func talkingPhotos() async throws -> [TalkingPhoto] {
        try await connection.call(.get, "/v1/talking_photo.list")
    }

    /// `POST /v2/video/generate` with one talking-photo scene; returns the video id.
    public func generateVideo(_ request: TalkingPhotoVideoRequest) async throws -> String {
        let started: VideoStarted = try await connection.call(.post, "/v2/video/generate", body: .json(request))
        return started.videoID
    }

    /// `GET /v1/video_status.get?video_id=`.
    public func videoStatus(id: String) async throws -> VideoStatus {
        try await connection.call(
            .get, "/v1/video_status.get", query: [URLQueryItem(name: "video_id", value: validatedID(id, "video id"))])
    }

    /// `GET /v2/avatar_group.list?include_public=`.
    public func avatarGroups(includePublic: Bool = false) async throws -> [AvatarGroup] {
        let list: AvatarGroupListResponse = try await connection.call(
            .get, "/v2/avatar_group.list", query: [URLQueryItem(name: "include_public", value: String(includePublic))])
        return list.avatarGroupList
    }

    /// `GET /v2/avatar_group/{group_id}/avatars`: the looks of a group.
    public func groupLooks(groupID: String) async throws -> [PhotoAvatar] {
        let list: GroupLooksResponse = try await connection.call(
            .get, "/v2/avatar_group/\(validatedID(groupID, "group id"))/avatars")
        return list.avatarList
    }
}

extension HTTPBody {
    static func json<Value: Encodable>(_ value: Value) throws -> HTTPBody { try HeyGenConnection.json(value) }
}
