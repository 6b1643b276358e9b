import Foundation

/// v2 AI photo generation and video routes.
extension EmulatorModel {
    static let generationEnums: [String: Set<String>] = [
        "age": ["Young Adult", "Early Middle Age", "Late Middle Age", "Senior", "Unspecified"],
        "gender": ["Woman", "Man", "Unspecified"],
        "ethnicity": [
            "White", "Black", "Asian American", "East Asian", "South East Asian", "South Asian", "Middle Eastern",
            "Pacific", "Hispanic", "Unspecified",
        ],
        "orientation": ["square", "horizontal", "vertical"],
        "pose": ["half_body", "close_up", "full_body"],
        "style": ["Realistic", "Pixar", "Cinematic", "Vintage", "Noir", "Cyberpunk", "Unspecified"],
    ]

    mutating func generatePhotoV2(
        _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        let v2 = RouteEnvelope.v2
        guard let body = request.json else { return v2.invalid("body must be JSON") }
        for field in ["name", "appearance"] where ((body[field] as? String) ?? "").isEmpty {
            return v2.invalid("\(field) is invalid: field required")
        }
        for (field, allowed) in Self.generationEnums.sorted(by: { $0.key < $1.key }) {
            guard let value = body[field] as? String, allowed.contains(value) else {
                return v2.invalid("\(field) is invalid: must be one of \(allowed.sorted().joined(separator: ", "))")
            }
        }
        if let appearance = body["appearance"] as? String, appearance.count > 1000 {
            return v2.invalid("appearance is invalid: at most 1000 characters")
        }
        let id = newID()
        var keys: [String] = []
        for _ in 0..<4 {
            let assetID = newID()
            let key = "image/\(assetID)/original.jpg"
            assets[assetID] = StoredAsset(
                id: assetID, imageKey: key, owner: owner, sha256: assetID,
                header: ImageHeader(format: .jpeg, width: 1024, height: 1024), mediaType: "image/jpeg", size: 0,
                rejectFace: false)
            assetsByKey[key] = assetID
            keys.append(key)
        }
        generations[id] = StoredGeneration(id: id, owner: owner, createdAt: now, imageKeys: keys)
        return v2.ok(["generation_id": id])
    }

    func generationStatusV2(id: String, owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        let v2 = RouteEnvelope.v2
        guard let generation = generations[id], generation.owner == owner else {
            return v2.notFound("generation \(id) not found")
        }
        let done = now - generation.createdAt >= configuration.generationDelay
        return v2.ok([
            "id": id, "status": done ? "success" : "in_progress", "msg": NSNull(),
            "image_url_list": orNull(done ? generation.imageKeys.map { signedURL($0) } : nil),
            "image_key_list": orNull(done ? generation.imageKeys : nil),
        ])
    }

    mutating func avatarIVV2(_ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        let v2 = RouteEnvelope.v2
        guard let body = request.json else { return v2.invalid("body must be JSON") }
        for field in ["image_key", "script", "voice_id", "video_title"] where ((body[field] as? String) ?? "").isEmpty {
            return v2.invalid("\(field) is invalid: field required")
        }
        if let orientation = body["video_orientation"] as? String,
            !["portrait", "landscape", "square"].contains(orientation)
        {
            return v2.invalid("video_orientation must be portrait, landscape or square")
        }
        if let fit = body["fit"] as? String, !["cover", "contain"].contains(fit) {
            return v2.invalid("fit must be cover or contain")
        }
        if case .failure(let error) = usablePhoto(body["image_key"] as? String ?? "", owner: owner, envelope: v2) {
            return error.reply
        }
        return v2.ok(["video_id": startVideo(owner: owner, script: body["script"] as? String ?? "", now: now)])
    }

    mutating func generateVideoV2(
        _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        let v2 = RouteEnvelope.v2
        guard let inputs = request.json?["video_inputs"] as? [[String: Any]], let first = inputs.first,
            (1...50).contains(inputs.count)
        else { return v2.invalid("video_inputs is invalid: field required") }
        let character = first["character"] as? [String: Any] ?? [:]
        let voice = first["voice"] as? [String: Any] ?? [:]
        guard character["type"] as? String == "talking_photo", let photoID = character["talking_photo_id"] as? String
        else { return v2.invalid("character must be a talking_photo with talking_photo_id") }
        guard let text = voice["input_text"] as? String, !text.isEmpty, voice["voice_id"] is String else {
            return v2.invalid("voice.input_text and voice.voice_id are required")
        }
        if let dimension = request.json?["dimension"] as? [String: Any] {
            for side in ["width", "height"] {
                guard let value = dimension[side] as? Int, (128...4096).contains(value) else {
                    return v2.invalid("dimension.\(side) must be between 128 and 4096")
                }
            }
        }
        guard let look = ownedLook(photoID, owner), lookStatus(look, now: now) == "completed" else {
            return v2.error(
                400, code: "photar_not_found", numeric: 400174, "Talking Photo not found or has been deleted")
        }
        return v2.ok(["video_id": startVideo(owner: owner, script: text, now: now)])
    }

    mutating func startVideo(owner: String, script: String, now: ContinuousClock.Instant) -> String {
        let id = newID()
        videos[id] = StoredVideo(id: id, owner: owner, createdAt: now, fails: script.contains("emulator:fail"))
        return id
    }

    func videoPhase(_ video: StoredVideo, now: ContinuousClock.Instant) -> String {
        let elapsed = now - video.createdAt
        if elapsed >= configuration.videoDelay { return video.fails ? "failed" : "completed" }
        return elapsed >= configuration.videoDelay / 2 ? "processing" : "pending"
    }

    func videoStatusV1(_ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant) -> EmulatorReply {
        let v1 = RouteEnvelope.v1
        guard let id = request.query["video_id"], let video = videos[id], video.owner == owner else {
            return v1.error(404, code: "not_found", numeric: 40104, "Video not found")
        }
        let status = videoPhase(video, now: now)
        let done = status == "completed"
        let error: Any =
            status == "failed"
            ? ["code": 40119, "message": "Video is too long", "detail": "Video is too long (> 3600.0s)."] : NSNull()
        return .json(
            200,
            [
                "code": 100, "message": "Success",
                "data": [
                    "id": id, "status": status, "duration": orNull(done ? 4.2 : nil),
                    "video_url": orNull(done ? fileURL(.video, id: id, request: request) : nil),
                    "caption_url": orNull(done ? fileURL(.captions, id: id, request: request) : nil),
                    "thumbnail_url": orNull(done ? signedURL("video/\(id).jpg") : nil), "error": error,
                    "created_at": Int(Date().timeIntervalSince1970),
                ],
            ])
    }
}
