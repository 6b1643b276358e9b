/// The commands' calls over the v2 API.
extension V2Backend {
    public func avatar(id: String) async throws -> AvatarRecord {
        let avatar = try await api.photoAvatar(id: id)
        return AvatarRecord(
            avatar, id: avatar.id, status: avatar.status, groupID: avatar.groupID, name: avatar.name,
            state: avatar.state)
    }

    public func list(_ listing: AvatarListing) async throws -> ServiceOutput {
        switch listing {
        case .talkingPhotos:
            let photos = try await api.talkingPhotos()
            return ServiceOutput(photos, lines: photos.map(\.id))
        case .groups:
            let groups = try await api.avatarGroups()
            return ServiceOutput(
                groups,
                lines: groups.map { "\($0.id)  \($0.name ?? "")  looks \($0.lookCount.map(String.init) ?? "?")" })
        case .looks(let groupID):
            let looks = try await api.groupLooks(groupID: groupID)
            return ServiceOutput(looks, lines: looks.map { "\($0.id)  \($0.status ?? "?")" })
        }
    }

    public func deleteAvatar(id: String) async throws { try await api.deletePhotoAvatar(id: id) }

    public func deleteGroup(id: String) async throws { try await api.deleteAvatarGroup(id: id) }

    public func startTraining(groupID: String) async throws -> TrainingStarted {
        try await api.train(groupID: groupID)
    }

    public func trainingStatus(groupID: String) async throws -> TrainingStatus {
        try await api.trainingStatus(groupID: groupID)
    }

    public func generatePhotos(_ request: GeneratePhotoRequest) async throws -> String {
        try await api.generatePhoto(request)
    }

    public func generationStatus(id: String) async throws -> GenerationStatus {
        try await api.generationStatus(id: id)
    }

    public func pickGeneratedPhoto(
        generationID: String, index: Int, name: String, groupID: String?
    ) async throws -> [PhotoAvatar] {
        let status = try await api.generationStatus(id: generationID)
        if let keys = status.imageKeys, !keys.isEmpty, !keys.indices.contains(index) {
            throw HeyGenError.invalidRequest(
                "index \(index) is out of range: generation \(generationID) has \(keys.count) candidates, "
                    + "0 to \(keys.count - 1)")
        }
        guard let keys = status.imageKeys, keys.indices.contains(index) else {
            throw HeyGenError.invalidRequest(
                "generation \(generationID) is \(status.status) with \(status.imageKeys?.count ?? 0) candidates")
        }
        if let groupID {
            return try await api.addLooks(
                AddLooksRequest(groupID: groupID, imageKeys: [keys[index]], name: name, generationID: generationID))
        }
        return [
            try await api.createAvatarGroup(
                CreateAvatarGroupRequest(name: name, imageKey: keys[index], generationID: generationID))
        ]
    }

    public func createLookVideo(lookID: String, speech: VideoSpeech, width: Int, height: Int) async throws -> String {
        let request = try TalkingPhotoVideoRequest(
            talkingPhotoID: lookID, script: speech.script, voiceID: try speech.requiredVoiceID(), width: width,
            height: height,
            title: speech.title)
        return try await api.generateVideo(request)
    }

    public func createPhotoVideo(_ request: PhotoVideoRequest) async throws -> String {
        let body = try AvatarIVRequest(
            imageKey: request.photo, videoTitle: request.speech.title, script: request.speech.script,
            voiceID: try request.speech.requiredVoiceID(), videoOrientation: request.orientation, fit: request.fit,
            customMotionPrompt: request.motionPrompt,
            enhanceCustomMotionPrompt: request.enhanceMotionPrompt ? true : nil
        )
        return try await api.generateAvatarIVVideo(body)
    }

    public func videoStatus(id: String) async throws -> VideoStatus { try await api.videoStatus(id: id) }
}
