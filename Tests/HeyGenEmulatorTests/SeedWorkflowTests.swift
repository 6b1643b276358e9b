import Foundation
import HeyGen
import Testing

/// The seed's whole workflow, endpoint by endpoint, against the emulator.
@Suite struct SeedWorkflowTests {
    @Test func uploadCreateAddTrainGenerateAndRender() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let api = harness.v2()
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = try TestPhotos.writeJPEGs(3, into: folder)
        let waiter = Waiter(policy: fastWait)

        let first = try await api.uploadAsset(file: photos[0], contentType: .jpeg)
        let key = try #require(first.imageKey)
        #expect(key.hasPrefix("image/") && first.fileType == "image")

        let group = try await api.createAvatarGroup(CreateAvatarGroupRequest(name: "Seed", imageKey: key))
        #expect(group.id == group.groupID)
        #expect(group.status == "pending")
        let ready = try await waiter.wait {
            try await api.photoAvatar(id: group.id)
        } classify: {
            StatusAcceptor.state(of: $0.status, message: nil)
        }
        #expect(ready.status == "completed")

        var keys: [String] = []
        for photo in photos.dropFirst() {
            keys.append(try #require(try await api.uploadAsset(file: photo, contentType: .jpeg).imageKey))
        }
        let added = try await api.addLooks(AddLooksRequest(groupID: group.id, imageKeys: keys, name: "Seed"))
        #expect(added.count == 2)
        #expect(zip(added, keys).allSatisfy { $0.wasMade(from: $1) })
        let looks = try await waiter.wait {
            try await api.groupLooks(groupID: group.id)
        } classify: { looks in
            looks.allSatisfy { $0.status == "completed" } ? .done : .pending("looks")
        }
        #expect(looks.count == 3)
        #expect(try await api.avatarGroups().map(\.id) == [group.id])
        #expect(Set(try await api.talkingPhotos().map(\.id)) == Set(looks.map(\.id)))

        _ = try await api.train(groupID: group.id)
        let trained = try await waiter.wait {
            try await api.trainingStatus(groupID: group.id)
        } classify: {
            StatusAcceptor.state(of: $0.status, message: $0.errorMessage)
        }
        #expect(trained.status == "ready")

        let generation = try await api.generatePhoto(
            GeneratePhotoRequest(
                name: "AI Host", age: .earlyMiddleAge, gender: .man, ethnicity: .unspecified, orientation: .vertical,
                pose: .closeUp, style: .realistic, appearance: "friendly, navy blazer, soft light"))
        let generated = try await waiter.wait {
            try await api.generationStatus(id: generation)
        } classify: {
            StatusAcceptor.state(of: $0.status, message: $0.message)
        }
        let candidates = try #require(generated.imageKeys)
        #expect(candidates.count == 4)
        let aiGroup = try await api.createAvatarGroup(
            CreateAvatarGroupRequest(name: "AI Host", imageKey: candidates[1], generationID: generation))
        #expect(aiGroup.status == "pending")

        let video = try await api.generateVideo(
            TalkingPhotoVideoRequest(talkingPhotoID: group.id, script: "Hello there.", voiceID: "voice-1"))
        let rendered = try await waiter.wait {
            try await api.videoStatus(id: video)
        } classify: {
            StatusAcceptor.state(of: $0.status, message: $0.failureMessage)
        }
        #expect(rendered.status == "completed")
        #expect(rendered.videoURL?.contains("Expires=") == true)

        let avatarIV = try await api.generateAvatarIVVideo(
            AvatarIVRequest(
                imageKey: key, videoTitle: "IV", script: "Hi", voiceID: "voice-1", videoOrientation: .portrait,
                fit: .cover))
        #expect(try await api.videoStatus(id: avatarIV).status != "failed")

        try await api.deletePhotoAvatar(id: looks[2].id)
        #expect(try await api.groupLooks(groupID: group.id).count == 2)
        try await api.deleteAvatarGroup(id: group.id)
        #expect(try await api.avatarGroups().map(\.id) == [aiGroup.id])
        try? FileManager.default.removeItem(at: folder)
    }
}
