/// The commands' calls over the v3 API. Training and AI generation do not exist here.
extension V3Backend {
    public func avatar(id: String) async throws -> AvatarRecord {
        let look = try await api.look(id: id)
        return AvatarRecord(
            look, id: look.id, status: look.status, groupID: look.groupID, name: look.name, state: look.state)
    }

    public func list(_ listing: AvatarListing) async throws -> ServiceOutput {
        let groupID: String?
        switch listing {
        case .groups:
            let groups = try await api.allGroups()
            return ServiceOutput(
                groups, lines: groups.map { "\($0.id)  \($0.name)  looks \($0.looksCount.map(String.init) ?? "?")" })
        case .talkingPhotos: groupID = nil
        case .looks(let id): groupID = id
        }
        let looks = try await api.allLooks(groupID: groupID)
        return ServiceOutput(looks, lines: looks.map { "\($0.id)  \($0.status ?? "?")" })
    }

    public func deleteAvatar(id: String) async throws { try await api.deleteLook(id: id) }

    public func deleteGroup(id: String) async throws { try await api.deleteGroup(id: id) }

    public func startTraining(groupID: String) async throws -> TrainingStarted {
        throw apiVersion.refusal(.training, for: "training")
    }

    public func trainingStatus(groupID: String) async throws -> TrainingStatus {
        throw apiVersion.refusal(.training, for: "training")
    }

    public func generatePhotos(_ request: GeneratePhotoRequest) async throws -> String {
        throw apiVersion.refusal(.aiGeneration, for: "AI photo generation")
    }

    public func generationStatus(id: String) async throws -> GenerationStatus {
        throw apiVersion.refusal(.aiGeneration, for: "AI photo generation")
    }

    public func pickGeneratedPhoto(
        generationID: String, index: Int, name: String, groupID: String?
    ) async throws -> [PhotoAvatar] {
        throw apiVersion.refusal(.aiGeneration, for: "AI photo generation")
    }

    public func createLookVideo(lookID: String, speech: VideoSpeech, width: Int, height: Int) async throws -> String {
        let request = try V3VideoRequest(
            source: .look(id: lookID), script: speech.script, voiceID: speech.voiceID, title: speech.title,
            aspectRatio: V3AspectRatio(nearestTo: width, height: height))
        return try await createVideo(request, freshRender: speech.freshRender)
    }

    public func createPhotoVideo(_ request: PhotoVideoRequest) async throws -> String {
        if request.enhanceMotionPrompt {
            throw apiVersion.refusal(.motionPromptEnhancement, for: "--enhance-motion-prompt")
        }
        let body = try V3VideoRequest(
            source: .image(assetID: request.photo), script: request.speech.script, voiceID: request.speech.voiceID,
            title: request.speech.title, aspectRatio: request.orientation.map(V3AspectRatio.init), fit: request.fit,
            motionPrompt: request.motionPrompt)
        return try await createVideo(body, freshRender: request.speech.freshRender)
    }

    public func videoStatus(id: String) async throws -> VideoStatus { try await api.videoStatus(id: id) }
}
