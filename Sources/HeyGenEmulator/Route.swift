/// Every route the emulator serves. Paths are those of api.heygen.com and upload.heygen.com on one port.
enum Route: Equatable {
    // v1/v2 (the seed)
    case uploadAsset
    case createGroup
    case addLooks
    case train
    case trainingStatus(String)
    case photoAvatar(String)
    case deletePhotoAvatar(String)
    case deleteGroup(String)
    case generatePhoto
    case generationStatus(String)
    case avatarIV
    case talkingPhotoList
    case generateVideo
    case videoStatus
    case groupList
    case groupLooks(String)
    // v3
    case v3UploadAsset
    case v3CreateAvatar
    case v3Look(String)
    case v3DeleteLook(String)
    case v3Looks
    case v3Group(String)
    case v3DeleteGroup(String)
    case v3Groups
    case v3CreateVideo
    case v3Video(String)
    // voices and the video library (VoiceRoutes.swift, VideoLibraryRoutes.swift)
    case v2Voices
    case v3Voices
    case v3Videos
    case v3DeleteVideo(String)
    case deleteVideoV1

    /// Whether this route creates something (v3: honours `Idempotency-Key`).
    var isV3Create: Bool { [.v3UploadAsset, .v3CreateAvatar, .v3CreateVideo].contains(self) }

    /// The route for `method` and `path`; `.failure(true)` when the path exists with another method.
    static func match(method: String, path: String) -> Result<Route, MatchFailure> {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var candidates: [(String, Route)] = []
        switch parts {
        case ["v1", "asset"]: candidates = [("POST", .uploadAsset)]
        case ["v2", "photo_avatar", "avatar_group", "create"]: candidates = [("POST", .createGroup)]
        case ["v2", "photo_avatar", "avatar_group", "add"]: candidates = [("POST", .addLooks)]
        case ["v2", "photo_avatar", "train"]: candidates = [("POST", .train)]
        case ["v2", "photo_avatar", "photo", "generate"]: candidates = [("POST", .generatePhoto)]
        case ["v2", "video", "av4", "generate"]: candidates = [("POST", .avatarIV)]
        case ["v2", "video", "generate"]: candidates = [("POST", .generateVideo)]
        case ["v1", "talking_photo.list"]: candidates = [("GET", .talkingPhotoList)]
        case ["v1", "video_status.get"]: candidates = [("GET", .videoStatus)]
        case ["v2", "avatar_group.list"]: candidates = [("GET", .groupList)]
        case ["v3", "assets"]: candidates = [("POST", .v3UploadAsset)]
        case ["v3", "avatars"]: candidates = [("POST", .v3CreateAvatar), ("GET", .v3Groups)]
        case ["v3", "avatars", "looks"]: candidates = [("GET", .v3Looks)]
        case ["v3", "videos"]: candidates = [("POST", .v3CreateVideo), ("GET", .v3Videos)]
        case ["v2", "voices"]: candidates = [("GET", .v2Voices)]
        case ["v3", "voices"]: candidates = [("GET", .v3Voices)]
        case ["v1", "video.delete"]: candidates = [("DELETE", .deleteVideoV1)]
        default: candidates = matchWithID(parts)
        }
        guard !candidates.isEmpty else { return .failure(.notFound) }
        guard let route = candidates.first(where: { $0.0 == method })?.1 else { return .failure(.methodNotAllowed) }
        return .success(route)
    }

    private static func matchWithID(_ parts: [String]) -> [(String, Route)] {
        guard let id = parts.last, parts.count >= 3 else { return [] }
        switch Array(parts.dropLast()) {
        case ["v2", "photo_avatar", "train", "status"]: return [("GET", .trainingStatus(id))]
        case ["v2", "photo_avatar", "generation"]: return [("GET", .generationStatus(id))]
        case ["v2", "photo_avatar"]: return [("GET", .photoAvatar(id)), ("DELETE", .deletePhotoAvatar(id))]
        case ["v2", "photo_avatar_group"]: return [("DELETE", .deleteGroup(id))]
        case ["v3", "avatars", "looks"]: return [("GET", .v3Look(id)), ("DELETE", .v3DeleteLook(id))]
        case ["v3", "avatars"]: return [("GET", .v3Group(id)), ("DELETE", .v3DeleteGroup(id))]
        case ["v3", "videos"]: return [("GET", .v3Video(id)), ("DELETE", .v3DeleteVideo(id))]
        default: break
        }
        if parts.count == 4, parts[0] == "v2", parts[1] == "avatar_group", parts[3] == "avatars" {
            return [("GET", .groupLooks(parts[2]))]
        }
        return []
    }
}

/// Why no route matched.
enum MatchFailure: Error {
    case notFound
    case methodNotAllowed
}
