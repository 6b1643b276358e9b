import Foundation

/// Runs a matched route against the model.
extension EmulatorModel {
    mutating func run(
        _ route: Route, _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        let v2 = RouteEnvelope.v2
        switch route {
        case .uploadAsset: return uploadAsset(request, owner: owner)
        case .createGroup: return createGroupV2(request, owner: owner, now: now)
        case .addLooks: return addLooksV2(request, owner: owner, now: now)
        case .train: return trainV2(request, owner: owner, now: now)
        case .trainingStatus(let id): return trainingStatusV2(groupID: id, owner: owner, now: now)
        case .photoAvatar(let id):
            guard let look = ownedLook(id, owner) else { return v2.notFound("photo avatar \(id) not found") }
            return v2.ok(photoAvatarJSON(look, now: now))
        case .deletePhotoAvatar(let id):
            guard ownedLook(id, owner) != nil else { return v2.notFound("photo avatar \(id) not found") }
            deleteLook(id)
            return v2.ok(NSNull())
        case .deleteGroup(let id):
            guard ownedGroup(id, owner) != nil else { return v2.notFound("group \(id) not found") }
            deleteGroup(id)
            return v2.ok(NSNull())
        case .generatePhoto: return generatePhotoV2(request, owner: owner, now: now)
        case .generationStatus(let id): return generationStatusV2(id: id, owner: owner, now: now)
        case .avatarIV: return avatarIVV2(request, owner: owner, now: now)
        case .talkingPhotoList: return talkingPhotoListV1(owner: owner)
        case .generateVideo: return generateVideoV2(request, owner: owner, now: now)
        case .videoStatus: return videoStatusV1(request, owner: owner, now: now)
        case .groupList: return groupListV2(owner: owner, now: now)
        case .groupLooks(let id): return groupLooksV2(groupID: id, owner: owner, now: now)
        default: return runV3(route, request, owner: owner, now: now)
        }
    }
}
