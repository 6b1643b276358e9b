import Foundation

/// The seed's v1/v2 routes. Each takes the authenticated owner key and the request.
extension EmulatorModel {
    static let maxImageKeysPerAdd = 4
    static let minimumPhotoSide = 512
    static let assetTypes: Set<String> = ["image/png", "image/jpeg", "video/mp4", "video/webm", "audio/mpeg"]

    mutating func uploadAsset(_ request: EmulatorRequest, owner: String) -> EmulatorReply {
        let v1 = RouteEnvelope.v1
        let type = (request.header("content-type") ?? "").split(separator: ";").first.map(String.init) ?? ""
        if request.body.isEmpty || type.hasPrefix("multipart/") {
            return v1.error(400, code: "invalid_parameter", numeric: 40001, "asset data must be provided")
        }
        if request.body.count > configuration.maxUploadBytes {
            return v1.error(413, code: "payload_too_large", numeric: 413, "asset is larger than the 32 MB limit")
        }
        guard Self.assetTypes.contains(type) else {
            return v1.error(400, code: "invalid_parameter", numeric: 400111, "unsupported Content-Type \(type)")
        }
        let header = ImageHeader.read(request.body)
        if type.hasPrefix("image/") && header?.format.mediaType != type {
            let actual = header?.format.mediaType ?? "not an image"
            return v1.error(
                400, code: "invalid_parameter", numeric: 400111,
                "Content-Type \(type) does not match the bytes (\(actual))")
        }
        let asset = storeAsset(bytes: request.body, mediaType: type, owner: owner)
        return v1.ok([
            "id": asset.id, "name": asset.id, "file_type": type.hasPrefix("image/") ? "image" : "video",
            "folder_id": "", "meta": NSNull(), "created_ts": Int(Date().timeIntervalSince1970),
            "url": "https://resource.emulator.invalid/\(asset.imageKey)", "image_key": asset.imageKey,
        ])
    }

    /// Checks that `key` is the owner's image and big enough; returns the asset or an error reply.
    func usablePhoto(_ key: String, owner: String, envelope: RouteEnvelope) -> Result<StoredAsset, ReplyError> {
        guard let asset = asset(key: key, owner: owner) else {
            return .failure(
                ReplyError(envelope.invalid("image_key \(key) not found for this API key", param: "image_key")))
        }
        guard let header = asset.header else {
            return .failure(ReplyError(envelope.invalid("image \(key) is not a JPEG or PNG photo")))
        }
        guard min(header.width, header.height) >= Self.minimumPhotoSide else {
            return .failure(
                ReplyError(
                    envelope.invalid(
                        "image is \(header.width)x\(header.height); photos must be at least 512x512 pixels")))
        }
        return .success(asset)
    }

    mutating func createGroupV2(
        _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    ) -> EmulatorReply {
        let v2 = RouteEnvelope.v2
        guard let body = request.json, let name = body["name"] as? String, !name.isEmpty else {
            return v2.invalid("name is invalid: field required")
        }
        guard let key = body["image_key"] as? String, !key.isEmpty else {
            return v2.invalid("image_key is invalid: field required")
        }
        let asset: StoredAsset
        switch usablePhoto(key, owner: owner, envelope: v2) {
        case .failure(let error): return error.reply
        case .success(let found): asset = found
        }
        let groupID = newID()
        _ = createGroup(name: name, owner: owner, id: groupID, now: now)
        let look = addLook(
            groupID: groupID, owner: owner, name: name, source: key, rejectFace: asset.rejectFace, id: groupID, now: now
        )
        return v2.ok(photoAvatarJSON(look, now: now))
    }

    mutating func addLooksV2(_ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        let v2 = RouteEnvelope.v2
        guard let body = request.json, let groupID = body["group_id"] as? String,
            let keys = body["image_keys"] as? [String], let name = body["name"] as? String
        else { return v2.invalid("group_id, image_keys and name are required") }
        guard (1...Self.maxImageKeysPerAdd).contains(keys.count) else {
            return v2.invalid("image_keys must contain 1 to 4 keys")
        }
        guard ownedGroup(groupID, owner) != nil else { return v2.invalid("group \(groupID) not found") }
        var assets: [StoredAsset] = []
        for key in keys {
            switch usablePhoto(key, owner: owner, envelope: v2) {
            case .failure(let error): return error.reply
            case .success(let asset): assets.append(asset)
            }
        }
        let created = zip(keys, assets).map { key, asset in
            addLook(groupID: groupID, owner: owner, name: name, source: key, rejectFace: asset.rejectFace, now: now)
        }
        return v2.ok(["photo_avatar_list": created.map { photoAvatarJSON($0, now: now) }])
    }

    func photoAvatarJSON(_ look: StoredLook, now: ContinuousClock.Instant) -> [String: Any] {
        let status = lookStatus(look, now: now)
        var json: [String: Any] = [
            "id": look.id, "group_id": look.groupID, "name": look.name,
            "image_url": signedURL(look.source.split(separator: ".").first.map(String.init) ?? look.source),
            "created_at": Date().timeIntervalSince1970, "status": status, "is_motion": false,
            "motion_preview_url": NSNull(), "business_type": "uploaded", "upscaled": false,
            "background_sound_effect": NSNull(),
            "upscale_availability": ["available": false, "reason": "Photo avatar look upload not completed"],
        ]
        if status == "moderation_rejected" { json["moderation_msg"] = "No face detected, please try another photo." }
        return json
    }

    mutating func trainV2(_ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        let v2 = RouteEnvelope.v2
        guard let groupID = request.json?["group_id"] as? String else { return v2.invalid("group_id is required") }
        guard let group = ownedGroup(groupID, owner) else { return v2.invalid("group \(groupID) not found") }
        let statuses = group.lookIDs.compactMap { looks[$0] }.map { lookStatus($0, now: now) }
        guard !statuses.isEmpty, statuses.allSatisfy({ $0 != "pending" }) else {
            return v2.invalid("photo avatar look upload not completed")
        }
        guard statuses.contains("completed") else { return v2.invalid("no valid image") }
        groups[groupID]?.trainingStartedAt = now
        return v2.ok(["flow_id": newID()])
    }

    func trainingStatusV2(groupID: String, owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        let v2 = RouteEnvelope.v2
        guard let group = ownedGroup(groupID, owner) else { return v2.notFound("group \(groupID) not found") }
        guard let started = group.trainingStartedAt else { return v2.invalid("group \(groupID) has not been trained") }
        let elapsed = now - started
        let status =
            elapsed >= configuration.trainingDelay
            ? "ready" : (elapsed >= configuration.trainingDelay / 2 ? "training" : "pending")
        return v2.ok([
            "status": status, "error_msg": NSNull(), "created_at": group.createdAtEpoch,
            "updated_at": orNull(status == "ready" ? Int(Date().timeIntervalSince1970) : nil),
        ])
    }

    func groupListV2(owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        let owned = groupOrder.compactMap { groups[$0] }.filter {
            $0.owner == owner && isListed(createdAt: $0.createdAt, now: now)
        }
        let list = owned.map { group -> [String: Any] in
            [
                "id": group.id, "name": group.name, "created_at": group.createdAtEpoch,
                "num_looks": group.lookIDs.count,
                "preview_image": NSNull(), "group_type": "PHOTO",
                "train_status": group.trainingStartedAt == nil ? "empty" : "ready",
            ]
        }
        return RouteEnvelope.v2.ok(["total_count": list.count, "avatar_group_list": list])
    }

    func groupLooksV2(groupID: String, owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        guard let group = ownedGroup(groupID, owner) else {
            return RouteEnvelope.v2.error(400, code: "internal_error", numeric: 0, "Avatar looks not found.")
        }
        let list = listedLookIDs(group, now: now).compactMap { looks[$0] }.map { photoAvatarJSON($0, now: now) }
        return RouteEnvelope.v2.ok(["avatar_list": list])
    }

    func talkingPhotoListV1(owner: String) -> EmulatorReply {
        let list = groupOrder.compactMap { groups[$0] }.filter { $0.owner == owner }.flatMap(\.lookIDs)
            .compactMap { looks[$0] }
            .map { ["id": $0.id, "image_url": signedURL($0.source), "circle_image": ""] }
        return RouteEnvelope.v1.ok(list)
    }
}

/// An error reply carried through `Result`.
struct ReplyError: Error {
    var reply: EmulatorReply
    init(_ reply: EmulatorReply) { self.reply = reply }
}
