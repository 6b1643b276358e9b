import Foundation

/// v3 routes (heygen-v3.md): assets, photo avatars, looks, groups, videos, with cursor pagination.
extension EmulatorModel {
    mutating func runV3(
        _ route: Route, _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        let v3 = RouteEnvelope.v3
        switch route {
        case .v3UploadAsset: return uploadAssetV3(request, owner: owner)
        case .v3CreateAvatar: return createAvatarV3(request, owner: owner, now: now)
        case .v3Look(let id):
            guard let look = ownedLook(id, owner) else { return v3.notFound("Look \(id) not found") }
            return v3.ok(lookJSONV3(look, now: now))
        case .v3DeleteLook(let id):
            guard let look = ownedLook(id, owner) else { return v3.notFound("Look \(id) not found") }
            deleteLook(id)
            if groups[look.groupID]?.lookIDs.isEmpty == true { deleteGroup(look.groupID) }
            return v3.ok(["id": id])
        case .v3Group(let id):
            guard let group = ownedGroup(id, owner) else { return v3.notFound("Avatar group \(id) not found") }
            return v3.ok(groupJSONV3(group, now: now))
        case .v3DeleteGroup(let id):
            guard ownedGroup(id, owner) != nil else { return v3.notFound("Avatar group \(id) not found") }
            deleteGroup(id)
            return v3.ok(["id": id])
        case .v3Looks:
            let groupID = request.query["group_id"]
            if let groupID, ownedGroup(groupID, owner) == nil {
                return v3.notFound("Avatar group \(groupID) not found")
            }
            let ids =
                groupID.map { groups[$0].map { listedLookIDs($0, now: now) } ?? [] }
                ?? groupOrder.compactMap { groups[$0] }.filter { $0.owner == owner }.flatMap {
                    listedLookIDs($0, now: now)
                }
            let items = ids.compactMap { looks[$0] }.map { lookJSONV3($0, now: now) }
            return page(items, request)
        case .v3Groups:
            let items = groupOrder.compactMap { groups[$0] }.filter {
                $0.owner == owner && isListed(createdAt: $0.createdAt, now: now)
            }.map { groupJSONV3($0, now: now) }
            return page(items, request)
        case .v3CreateVideo: return createVideoV3(request, owner: owner, now: now)
        case .v3Video(let id):
            guard let video = videos[id], video.owner == owner else { return v3.notFound("Video \(id) not found") }
            let status = videoPhase(video, now: now)
            let done = status == "completed"
            return v3.ok([
                "id": id, "status": status, "duration": orNull(done ? 4.2 : nil),
                "video_url": orNull(done ? fileURL(.video, id: id, request: request) : nil),
                "subtitle_url": orNull(done ? fileURL(.captions, id: id, request: request) : nil),
                "thumbnail_url": orNull(done ? signedURL("video/\(id).jpg") : nil),
                "created_at": video.createdAtEpoch, "title": video.title,
                "failure_code": orNull(status == "failed" ? "VIDEO_TOO_LONG" : nil),
                "failure_message": orNull(status == "failed" ? "Video is too long" : nil),
            ])
        default: return runLibrary(route, request, owner: owner, now: now)
        }
    }

    /// Cursor pagination: `limit` 1–50 (default from configuration), `token` is an opaque offset.
    func page(_ items: [[String: Any]], _ request: EmulatorRequest, maxLimit: Int = 50) -> EmulatorReply {
        let limit = request.query["limit"].flatMap(Int.init) ?? configuration.defaultPageSize
        guard (1...maxLimit).contains(limit) else {
            return RouteEnvelope.v3.invalid("limit must be 1-\(maxLimit)", param: "limit")
        }
        var start = 0
        if let token = request.query["token"] {
            guard token.hasPrefix("cur_"), let offset = Int(token.dropFirst(4)), (0...items.count).contains(offset)
            else {
                return RouteEnvelope.v3.invalid("token is invalid", param: "token")
            }
            start = offset
        }
        let end = min(items.count, start + limit)
        let more = end < items.count
        return .json(
            200, ["data": Array(items[start..<end]), "has_more": more, "next_token": orNull(more ? "cur_\(end)" : nil)])
    }

    mutating func uploadAssetV3(_ request: EmulatorRequest, owner: String) -> EmulatorReply {
        let v3 = RouteEnvelope.v3
        if request.body.count > configuration.maxUploadBytes {
            return v3.error(413, code: "payload_too_large", numeric: 413, "File is larger than 32 MB")
        }
        let contentType = request.header("content-type") ?? ""
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
            let file = Multipart.parse(request.body, contentType: contentType)?.first(where: { $0.name == "file" }),
            !file.body.isEmpty
        else {
            return v3.invalid("File is required. Upload a file using multipart/form-data.", param: "file")
        }
        let bytes = Array(file.body)
        guard let header = ImageHeader.read(bytes) else {
            return v3.invalid("Unsupported file type; photos must be JPEG or PNG", param: "file")
        }
        let asset = storeAsset(bytes: bytes, mediaType: header.format.mediaType, owner: owner)
        return v3.ok([
            "asset_id": asset.id, "url": "https://resource.emulator.invalid/\(asset.imageKey)",
            "mime_type": asset.mediaType, "size_bytes": asset.size,
        ])
    }

    mutating func createAvatarV3(
        _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        let v3 = RouteEnvelope.v3
        guard let body = request.json else { return v3.invalid("body must be JSON") }
        if body["type"] as? String == "prompt" { return createPromptAvatarV3(body, owner: owner, now: now) }
        guard body["type"] as? String == "photo" else {
            return v3.invalid("type must be photo or prompt (the emulator has no digital twins)", param: "type")
        }
        guard let name = body["name"] as? String, !name.isEmpty else {
            return v3.invalid("name is required", param: "name")
        }
        guard let file = body["file"] as? [String: Any], let kind = file["type"] as? String else {
            return v3.invalid("file is required", param: "file")
        }
        guard kind == "asset_id", let assetID = file["asset_id"] as? String else {
            return v3.error(400, code: "download_failed", numeric: 400, "The emulator cannot fetch URLs", param: "file")
        }
        guard let asset = assets[assetID], asset.owner == owner else {
            return v3.invalid("asset \(assetID) not found", param: "file")
        }
        guard let header = asset.header, min(header.width, header.height) >= Self.minimumPhotoSide else {
            return v3.invalid("photos must be JPEG or PNG and at least 512x512 pixels", param: "file")
        }
        return addLookV3(
            name: name, groupID: body["avatar_group_id"] as? String, owner: owner, source: assetID,
            rejectFace: asset.rejectFace, now: now)
    }

    /// Adds a look to `groupID` (or to a new group called `name`) and answers as `POST /v3/avatars` does.
    mutating func addLookV3(
        name: String, groupID: String?, owner: String, source: String, rejectFace: Bool,
        now: ContinuousClock.Instant
    ) -> EmulatorReply {
        var groupID = groupID
        if let existing = groupID {
            guard ownedGroup(existing, owner) != nil else {
                return RouteEnvelope.v3.notFound("Avatar group \(existing) not found")
            }
        } else {
            groupID = createGroup(name: name, owner: owner, now: now).id
        }
        let group = groupID ?? ""
        let look = addLook(groupID: group, owner: owner, name: name, source: source, rejectFace: rejectFace, now: now)
        return RouteEnvelope.v3.ok([
            "avatar_item": lookJSONV3(look, now: now),
            "avatar_group": orNull(groups[group].map { groupJSONV3($0, now: now) }),
        ])
    }

    func lookJSONV3(_ look: StoredLook, now: ContinuousClock.Instant) -> [String: Any] {
        let v2Status = lookStatus(look, now: now)
        let status = v2Status == "pending" ? "processing" : (v2Status == "completed" ? "completed" : "failed")
        let header = assets[look.source]?.header
        return [
            "id": look.id, "name": look.name, "avatar_type": "photo_avatar", "group_id": look.groupID,
            "status": status,
            "error": orNull(status == "failed" ? ["code": "moderation_rejected", "message": "No face detected"] : nil),
            "preview_image_url": orNull(status == "completed" ? signedURL("look/\(look.id).webp") : nil),
            "image_width": orNull(status == "completed" ? header?.width : nil),
            "image_height": orNull(status == "completed" ? header?.height : nil),
            "supported_api_engines": ["avatar_iii", "avatar_iv"], "tags": [String](),
            "default_voice_id": VoiceCatalogue.defaultVoiceID,
        ]
    }

    func groupJSONV3(_ group: StoredGroup, now: ContinuousClock.Instant) -> [String: Any] {
        let statuses = group.lookIDs.compactMap { looks[$0] }.map { lookStatus($0, now: now) }
        return [
            "id": group.id, "name": group.name, "created_at": group.createdAtEpoch, "looks_count": group.lookIDs.count,
            "status": statuses.contains("pending") ? "processing" : "completed", "consent_status": NSNull(),
        ]
    }

    mutating func createVideoV3(
        _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        let v3 = RouteEnvelope.v3
        guard let body = request.json, let type = body["type"] as? String else {
            return v3.invalid("type is required", param: "type")
        }
        guard let script = body["script"] as? String, (1...5000).contains(script.count) else {
            return v3.invalid("script must be 1-5000 characters", param: "script")
        }
        guard body["voice_id"] is String || type == "avatar" else {
            return v3.invalid("voice_id is required with script (an image has no default voice)", param: "voice_id")
        }
        if let ratio = body["aspect_ratio"] as? String, !["16:9", "9:16", "4:5", "5:4", "1:1", "auto"].contains(ratio) {
            return v3.invalid("aspect_ratio is invalid", param: "aspect_ratio")
        }
        switch type {
        case "avatar":
            guard let lookID = body["avatar_id"] as? String, let look = ownedLook(lookID, owner) else {
                return v3.error(404, code: "avatar_not_found", numeric: 404, "Avatar not found", param: "avatar_id")
            }
            guard lookStatus(look, now: now) == "completed" else {
                return v3.invalid("avatar \(lookID) is not ready", param: "avatar_id")
            }
        case "image":
            guard let image = body["image"] as? [String: Any], let assetID = image["asset_id"] as? String,
                assets[assetID]?.owner == owner, assets[assetID]?.header != nil
            else { return v3.invalid("image must reference an uploaded photo", param: "image") }
        default:
            return v3.invalid("type must be avatar or image", param: "type")
        }
        let id = startVideo(owner: owner, script: script, now: now)
        videos[id]?.title = body["title"] as? String ?? "Untitled Video"
        return v3.ok(["video_id": id, "status": "waiting", "output_format": "mp4"])
    }
}
