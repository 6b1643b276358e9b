import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// `voices list`, `video download|list|delete` and `avatar prompt` through the built binary.
@Suite(.serialized) struct LibraryCommandTests {
    func run(_ harness: Harness, _ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(
            arguments + ["--api-base", harness.baseURL.absoluteString], environment: ["HEYGEN_API_KEY": Harness.key])
    }

    @Test func voicesListFiltersAndPrintsJSON() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let text = try run(harness, ["voices", "list", "--language", "Spanish", "--gender", "female"])
        #expect(text.status == 0)
        #expect(text.stdout == "3c8e5f2a9b7d4e1f8a6c0b2d4e6f8a1c  Lucía  Spanish  female\n")
        let json = try run(harness, ["voices", "list", "--api", "v2", "--format", "json"])
        #expect(json.status == 0)
        #expect(try JSONDecoder().decode([Voice].self, from: Data(json.stdout.utf8)).count == 6)
        #expect(try run(harness, ["voices", "list", "--gender", "other"]).status != 0)
    }

    @Test func promptGenerateDownloadListAndDelete() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let look = try run(harness, ["avatar", "prompt", "--name", "Ava", "--prompt", "A presenter", "--wait"])
        #expect(look.status == 0)
        let lookID = try #require(look.stdout.split(separator: " ").first.map(String.init))
        #expect(look.stdout.contains("completed"))
        let video = try run(harness, ["video", "generate", "--talking-photo-id", lookID, "--script", "Hi", "--wait"])
        #expect(video.status == 0)
        let videoID = try #require(video.stdout.split(separator: " ").first.map(String.init))
        let folder = TestPhotos.temporaryFolder("cli-download")
        let out = folder.appendingPathComponent("hello.mp4").path
        let download = try run(harness, ["video", "download", videoID, "--out", out])
        #expect(download.status == 0)
        #expect(download.stdout == "\(out)  200000 bytes\n\(folder.appendingPathComponent("hello.srt").path)\n")
        #expect(try await harness.fileHostLog().withAPIKey == 0)
        #expect(try run(harness, ["video", "list"]).stdout == "\(videoID)  completed  photo-preflight video\n")
        #expect(try run(harness, ["video", "delete", videoID]).stdout == "deleted \(videoID)\n")
        #expect(try run(harness, ["video", "list", "--format", "json"]).stdout == "[]\n")
    }

    @Test func v2RefusesWhatOnlyV3HasBeforeAnyRequest() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        for arguments in [
            ["video", "list", "--api", "v2"],
            ["avatar", "prompt", "--name", "A", "--prompt", "B", "--api", "v2"],
            ["video", "generate", "--talking-photo-id", "t", "--script", "Hi", "--api", "v2"],
        ] {
            let result = try run(harness, arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("v3") || result.stderr.contains("voices list"), "\(arguments)")
        }
        let noVoice = try run(harness, ["video", "avatar-iv", "--asset-id", "a", "--script", "Hi"])
        #expect(noVoice.status != 0)
        #expect(noVoice.stderr.contains("voices list"))
        #expect(try await harness.stats().requests == 0)
    }

    @Test func promptFieldsAreCheckedLocally() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let long = String(repeating: "p", count: 1001)
        let result = try run(harness, ["avatar", "prompt", "--name", "Ava", "--prompt", long])
        #expect(result.status == 2)
        #expect(result.stderr.contains("prompt has 1001 characters"))
        #expect(try await harness.stats().requests == 0)
    }
}
