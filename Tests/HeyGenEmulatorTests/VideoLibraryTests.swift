import Foundation
import HeyGenEmulator
import Testing

@testable import HeyGen

/// `voices list`, `video list`, `video delete`, prompt looks and the default voice, against the emulator.
@Suite struct VideoLibraryTests {
    @Test func v3VoicesFilterByLanguageAndGenderAcrossPages() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let all = try await api.voices(pageSize: 2)
        #expect(all.count == 6)
        #expect(Set(all.map(\.id)).count == 6)
        let english = try await api.voices(VoiceFilter(language: "english", gender: "FEMALE"))
        #expect(english.map(\.name) == ["Sara"])
        #expect(english.first?.previewAudioURL != nil)
        let spanish = try await V3Backend(api: api).voices(VoiceFilter(language: "Spanish"))
        #expect(Set(spanish.compactMap(\.gender)) == ["male", "female"])
    }

    @Test func v2VoicesAreFilteredLocally() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let voices = try await V2Backend(api: harness.v2()).voices(VoiceFilter(gender: "male"))
        #expect(voices.map(\.name) == ["Paul", "Mateo", "Louis"])
        #expect(voices.allSatisfy { $0.previewAudioURL != nil })
    }

    @Test func videoListFollowsEveryPageOrStopsAtTheLimit() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        var ids: [String] = []
        for index in 0..<5 { ids.append(try await harness.completedVideo(api, title: "clip \(index)")) }
        let all = try await api.videos(pageSize: 2)
        #expect(all.map(\.id) == ids.reversed())
        #expect(all.first?.title == "clip 4")
        let three = try await V3Backend(api: api).videos(limit: 3)
        #expect(three.map(\.id) == Array(ids.reversed().prefix(3)))
    }

    @Test func deleteRemovesTheVideoInBothGenerations() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let first = try await harness.completedVideo(api)
        let second = try await harness.completedVideo(api)
        try await V3Backend(api: api).deleteVideo(id: first)
        await #expect(throws: HeyGenError.self) { _ = try await api.videoStatus(id: first) }
        try await V2Backend(api: harness.v2()).deleteVideo(id: second)
        await #expect(throws: HeyGenError.self) { _ = try await harness.v2().videoStatus(id: second) }
        #expect(try await api.videos().isEmpty)
    }

    @Test func aPromptLookCompletesAndAnotherJoinsItsCharacter() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(20)))
        defer { Task { await harness.stop() } }
        let backend = V3Backend(api: harness.v3())
        let first = try await backend.generateLook(try PromptLookRequest(name: "Ava", prompt: "A presenter"))
        let record = try await Waiter(policy: fastWait).wait {
            try await backend.avatar(id: first.lookID)
        } classify: {
            $0.state
        }
        #expect(record.output.lines.first?.contains("completed") == true)
        let second = try await backend.generateLook(
            try PromptLookRequest(name: "Ava outdoors", prompt: "The same presenter outdoors", lookID: first.lookID))
        #expect(second.groupID == first.groupID)
        #expect(second.lookID != first.lookID)
        let v2 = V2Backend(api: harness.v2())
        await #expect(throws: HeyGenError.self) {
            _ = try await v2.generateLook(try PromptLookRequest(name: "A", prompt: "B"))
        }
    }

    @Test func aLookVideoWithoutAVoiceUsesTheLooksDefaultVoice() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let id = try await harness.completedVideo(harness.v3())
        #expect(try await harness.v3().videoStatus(id: id).status == "completed")
    }
}
