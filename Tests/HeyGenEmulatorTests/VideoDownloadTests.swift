import Foundation
import HeyGenEmulator
import Synchronization
import Testing

@testable import HeyGen

/// `video download`: signed URLs on another host, no key sent there, expiry, resume and range mismatches.
@Suite struct VideoDownloadTests {
    /// A file in a new, existing folder.
    func output(_ name: String = "video.mp4") throws -> URL {
        let folder = TestPhotos.temporaryFolder("download")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }

    @Test func downloadsVideoAndCaptionsWithoutSendingTheKey() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let id = try await harness.completedVideo(api)
        let file = try output()
        let result = try await V3Backend(api: api).downloadVideo(id: id, to: file)
        #expect(result.bytes == 200_000)
        #expect(result.resumedFrom == 0)
        #expect(result.statusFetches == 1)
        let bytes = try Data(contentsOf: file)
        #expect(bytes.count == 200_000)
        #expect(bytes.dropFirst(4).prefix(4) == Data("ftyp".utf8))
        let captions = try String(contentsOfFile: try #require(result.captions), encoding: .utf8)
        #expect(captions.contains("-->"))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".part"))
        let log = try await harness.fileHostLog()
        #expect(log.requests == 2)
        #expect(log.withAPIKey == 0)
    }

    @Test func aVideoWithoutCaptionsWritesOnlyTheMP4() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let id = try await harness.completedVideo(api)
        let downloader = VideoDownloader(connection: api.connection) {
            var status = try await api.videoStatus(id: id)
            status.captionURL = nil
            return status
        }
        let file = try output()
        let result = try await downloader.download(videoID: id, to: file)
        #expect(result.captions == nil)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["video.mp4"])
    }

    @Test func theFileHostRefusesAndCountsAKey() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let id = try await harness.completedVideo(api)
        let signed = try #require(try await api.videoStatus(id: id).videoURL)
        let url = try #require(URL(string: signed))
        let answer = try await CurlTransport(userAgent: "tests").send(
            HTTPRequest(method: .get, url: url, headers: [("X-Api-Key", Harness.key)]))
        #expect(answer.status == 400)
        #expect(try await harness.fileHostLog().withAPIKey == 1)
    }

    @Test func anExpiredSignedURLFetchesTheStatusAgain() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let id = try await harness.completedVideo(api)
        let stale = try await api.videoStatus(id: id)
        try await harness.expireSignedURLs()
        let calls = Counter()
        let downloader = VideoDownloader(connection: api.connection) {
            calls.increment() == 1 ? stale : try await api.videoStatus(id: id)
        }
        let result = try await downloader.download(videoID: id, to: try output())
        #expect(result.statusFetches == 2)
        #expect(result.bytes == 200_000)
        #expect(try await harness.fileHostLog().requests == 3)
    }

    @Test func aSignedURLThatStaysRefusedGivesUpAfterThreeStatusFetches() async throws {
        let harness = try await Harness.start(quickVideos(FileHostConfiguration(urlLifetime: .zero)))
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let id = try await harness.completedVideo(api)
        await #expect(throws: HeyGenError.self) {
            _ = try await V3Backend(api: api).downloadVideo(id: id, to: try output())
        }
    }

    /// Downloads video `id` whole once, then again into `name` after a `.part` of its first `prefix` bytes.
    func resume(
        _ harness: Harness, prefix: Int, into name: String
    ) async throws -> (whole: Data, result: VideoDownload, file: URL) {
        let backend = V3Backend(api: harness.v3())
        let id = try await harness.completedVideo(harness.v3())
        let first = try await backend.downloadVideo(id: id, to: try output())
        let whole = try Data(contentsOf: URL(fileURLWithPath: first.video))
        let file = try output(name)
        try whole.prefix(prefix).write(to: URL(fileURLWithPath: file.path + ".part"))
        return (whole, try await backend.downloadVideo(id: id, to: file), file)
    }

    @Test func resumesFromAPartialFile() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let (whole, result, file) = try await resume(harness, prefix: 70_000, into: "resumed.mp4")
        #expect(result.resumedFrom == 70_000)
        #expect(try Data(contentsOf: file) == whole)
        #expect(try await harness.fileHostLog().ranges.contains("bytes=70000-"))
    }

    @Test(arguments: [RangeBehaviour.misaligned, .ignored])
    func aRangeTheServerDoesNotHonourRestartsCleanly(_ behaviour: RangeBehaviour) async throws {
        let harness = try await Harness.start(quickVideos(FileHostConfiguration(ranges: behaviour)))
        defer { Task { await harness.stop() } }
        let (whole, result, target) = try await resume(harness, prefix: 50_000, into: "restart.mp4")
        #expect(result.resumedFrom == 0)
        #expect(try Data(contentsOf: target) == whole)
        // The first download asked for the video and the captions; then a resume, a restart when the
        // range was misaligned, and the captions.
        let expected = behaviour == .misaligned ? ["bytes=50000-", "", ""] : ["bytes=50000-", ""]
        #expect(Array(try await harness.fileHostLog().ranges.dropFirst(2)) == expected)
    }

    @Test func aVideoStillRenderingIsNotDownloaded() async throws {
        let harness = try await Harness.start(
            EmulatorConfiguration(lookDelay: .milliseconds(20), videoDelay: .seconds(30)))
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let look = try await V3Backend(api: api).generateLook(try PromptLookRequest(name: "P", prompt: "A presenter"))
        try await Task.sleep(for: .milliseconds(50))
        let id = try await api.createVideo(
            try V3VideoRequest(source: .look(id: look.lookID), script: "Hi", voiceID: "v"), idempotencyKey: nil)
        await #expect(throws: HeyGenError.self) {
            _ = try await V3Backend(api: api).downloadVideo(id: id, to: try output())
        }
        #expect(try await harness.fileHostLog().requests == 0)
    }

    @Test func v2DownloadsThroughTheV1Status() async throws {
        let harness = try await Harness.start(quickVideos())
        defer { Task { await harness.stop() } }
        let id = try await harness.completedVideo(harness.v3())
        let result = try await V2Backend(api: harness.v2()).downloadVideo(id: id, to: try output())
        #expect(result.bytes == 200_000)
        #expect(result.captions != nil)
    }

    @Test func onlyHTTPSOrLoopbackURLsAreFollowed() throws {
        #expect(throws: HeyGenError.self) { try SignedURL.validated("http://files.example.com/v.mp4") }
        #expect(throws: HeyGenError.self) { try SignedURL.validated("file:///etc/passwd") }
        #expect(try SignedURL.validated("https://files.example.com/v.mp4").host == "files.example.com")
        #expect(try SignedURL.validated("http://127.0.0.1:8080/_files/v.mp4").port == 8080)
    }

    @Test func contentRangeIsCheckedAgainstTheRequestAndTheFile() {
        func partial(_ range: String) -> HTTPResponse { HTTPResponse(status: 206, headers: ["Content-Range": range]) }
        #expect(
            ReceivedRange.check(partial("bytes 10-99/100"), requestedOffset: 10, fileSize: 100)
                == .complete(resumedFrom: 10))
        #expect(ReceivedRange.check(partial("bytes 9-99/100"), requestedOffset: 10, fileSize: 100) == .mismatch)
        #expect(ReceivedRange.check(partial("bytes 10-99/100"), requestedOffset: 10, fileSize: 99) == .mismatch)
        #expect(ReceivedRange.check(partial("bytes 10-98/100"), requestedOffset: 10, fileSize: 100) == .mismatch)
        #expect(ReceivedRange.check(HTTPResponse(status: 410), requestedOffset: 0, fileSize: 0) == .expired(410))
        #expect(
            ReceivedRange.check(
                HTTPResponse(status: 200, headers: ["Content-Length": "5"]), requestedOffset: 0, fileSize: 4)
                == .mismatch)
    }
}

/// A thread-safe call counter.
final class Counter: Sendable {
    private let value = Mutex(0)

    /// Adds one and returns the new count.
    func increment() -> Int {
        value.withLock { count in
            count += 1
            return count
        }
    }
}
