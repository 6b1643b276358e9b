/// `POST /v3/avatars` with `type: "prompt"` (heygen-v3.md §3.7): a look generated from text.
extension EmulatorModel {
    mutating func createPromptAvatarV3(
        _ body: [String: Any], owner: String, now: ContinuousClock.Instant
    ) -> EmulatorReply {
        let v3 = RouteEnvelope.v3
        guard let name = body["name"] as? String, (1...255).contains(name.count) else {
            return v3.invalid("name is required (1-255 characters)", param: "name")
        }
        guard let prompt = body["prompt"] as? String, (1...1000).contains(prompt.count) else {
            return v3.invalid("prompt must be 1-1000 characters", param: "prompt")
        }
        let references = body["reference_images"] as? [[String: Any]] ?? []
        guard references.count <= 3 else { return v3.invalid("at most 3 reference_images", param: "reference_images") }
        for reference in references {
            guard let id = reference["asset_id"] as? String, assets[id]?.owner == owner else {
                return v3.invalid("reference_images must be uploaded assets", param: "reference_images")
            }
        }
        var groupID = body["avatar_group_id"] as? String
        if let lookID = body["avatar_id"] as? String {
            guard let look = ownedLook(lookID, owner) else {
                return v3.error(404, code: "avatar_not_found", numeric: 404, "Avatar not found", param: "avatar_id")
            }
            groupID = look.groupID
        }
        return addLookV3(
            name: name, groupID: groupID, owner: owner, source: "prompt:\(prompt)",
            rejectFace: prompt.contains("emulator:reject"), now: now)
    }
}
