import Foundation
import HeyGenEmulator
import Synchronization
import Testing

@testable import HeyGen

/// Every error case heygen-api.md lists, as the client sees it from the emulator.
@Suite struct ErrorCaseTests {
    /// Runs `body` and returns the HeyGen API error it throws.
    func apiError(_ body: () async throws -> Void) async -> HeyGenAPIError? {
        do {
            try await body()
        } catch HeyGenError.api(let error) {
            return error
        } catch {
            Issue.record("expected an API error, got \(error)")
        }
        return nil
    }

    func photo(_ folder: URL, width: Int = 640, height: Int = 800, tag: String = "p") throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(tag).jpg")
        try TestPhotos.jpeg(width: width, height: height, tag: tag).write(to: url)
        return url
    }

    @Test func missingOrWrongKeyIs401InEachEnvelope() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let file = try photo(TestPhotos.temporaryFolder())
        let upload = await apiError {
            _ = try await harness.v2(key: "wrong").uploadAsset(file: file, contentType: .jpeg)
        }
        #expect(upload?.httpStatus == 401)
        #expect(upload?.code == "400112")
        #expect(upload?.envelope == .v1)
        let list = await apiError { _ = try await harness.v2(key: "wrong").avatarGroups() }
        #expect(list?.code == "internal_error")
        #expect(list?.message == "Unauthorized")
        #expect(HeyGenError.api(try #require(list)).isAuthenticationFailure)
    }

    @Test func uploadRefusesEmptyMultipartWrongTypeAndMismatchedBytes() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let connection = harness.connection()
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jpeg = try photo(folder)
        let empty = folder.appendingPathComponent("empty.jpg")
        try Data().write(to: empty)
        func send(_ body: HTTPBody) async throws -> HTTPResponse {
            let transport = CurlTransport(userAgent: "tests")
            return try await transport.send(
                HTTPRequest(
                    method: .post, url: harness.baseURL.appendingPathComponent("v1/asset"),
                    headers: [("X-Api-Key", Harness.key)], body: body))
        }
        for body in [
            HTTPBody.file(empty, contentType: "image/jpeg"),
            .multipartFile(jpeg, fieldName: "file", fileName: "p.jpg", contentType: "image/jpeg"),
        ] {
            let answer = try await send(body)
            #expect(answer.status == 400)
            #expect(String(decoding: answer.body, as: UTF8.self).contains("asset data must be provided"))
        }
        let webp = try await send(.file(jpeg, contentType: "image/webp"))
        #expect(webp.status == 400)
        let mismatch = await apiError {
            _ = try await HeyGenV2API(connection: connection).uploadAsset(file: jpeg, contentType: .png)
        }
        #expect(mismatch?.message.contains("does not match") == true)
    }

    @Test func oversizeUploadIs413() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(maxUploadBytes: 1000))
        defer { Task { await harness.stop() } }
        let big = try photo(TestPhotos.temporaryFolder(), width: 2000, height: 2000)
        let error = await apiError { _ = try await harness.v2().uploadAsset(file: big, contentType: .jpeg) }
        #expect(error?.httpStatus == 413)
    }

    @Test func groupCreateRefusesSmallPhotosAndForeignOrUnknownKeys() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(apiKeys: [Harness.key, "other-key"]))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = try #require(
            try await harness.v2().uploadAsset(
                file: try photo(folder, width: 511, height: 900, tag: "s"), contentType: .jpeg
            )
            .imageKey)
        let tooSmall = await apiError {
            _ = try await harness.v2().createAvatarGroup(CreateAvatarGroupRequest(name: "S", imageKey: small))
        }
        #expect(tooSmall?.httpStatus == 400)
        #expect(tooSmall?.code == "invalid_parameter")
        #expect(tooSmall?.message.contains("512") == true)
        let foreign = try #require(
            try await harness.v2(key: "other-key").uploadAsset(file: try photo(folder, tag: "o"), contentType: .jpeg)
                .imageKey)
        let notYours = await apiError {
            _ = try await harness.v2().createAvatarGroup(CreateAvatarGroupRequest(name: "S", imageKey: foreign))
        }
        #expect(notYours?.code == "invalid_parameter")
        #expect(notYours?.message.contains("not found for this API key") == true)
    }

    @Test func unknownRouteIsAnHTML404() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let error = await apiError {
            let _: IgnoredPayload = try await harness.connection().call(.post, "/v2/talking_photo")
        }
        #expect(error?.httpStatus == 404)
        #expect(error?.envelope == .nonJSON)
        #expect(error?.message.contains("404 Not Found") == true)
    }

    @Test func videoFromAPendingLookIsPhotarNotFound() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .seconds(60)))
        defer { Task { await harness.stop() } }
        let api = harness.v2()
        let key = try #require(
            try await api.uploadAsset(file: try photo(TestPhotos.temporaryFolder()), contentType: .jpeg).imageKey)
        let group = try await api.createAvatarGroup(CreateAvatarGroupRequest(name: "P", imageKey: key))
        let error = await apiError {
            _ = try await api.generateVideo(
                TalkingPhotoVideoRequest(talkingPhotoID: group.id, script: "Hi", voiceID: "v"))
        }
        #expect(error?.code == "photar_not_found")
        let untrained = await apiError { _ = try await api.train(groupID: group.id) }
        #expect(untrained?.message == "photo avatar look upload not completed")
    }

    @Test func unknownVideoAndGroupAnswerTheirDocumentedErrors() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let video = await apiError { _ = try await harness.v2().videoStatus(id: "0123456789abcdef") }
        #expect(video?.httpStatus == 404)
        #expect(video?.code == "40104")
        let looks = await apiError { _ = try await harness.v2().groupLooks(groupID: "0123456789abcdef") }
        #expect(looks?.code == "internal_error")
        #expect(looks?.message == "Avatar looks not found.")
    }

    @Test func failedRenderEndsTheWaitWithHeyGensMessage() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .zero, videoDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let api = harness.v2()
        let key = try #require(
            try await api.uploadAsset(file: try photo(TestPhotos.temporaryFolder()), contentType: .jpeg).imageKey)
        let group = try await api.createAvatarGroup(CreateAvatarGroupRequest(name: "F", imageKey: key))
        let video = try await api.generateVideo(
            TalkingPhotoVideoRequest(talkingPhotoID: group.id, script: "emulator:fail", voiceID: "v"))
        do {
            _ = try await Waiter(policy: fastWait).wait {
                try await api.videoStatus(id: video)
            } classify: {
                StatusAcceptor.state(of: $0.status, message: $0.failureMessage)
            }
            Issue.record("expected the render to fail")
        } catch HeyGenError.jobFailed(let status, let message) {
            #expect(status == "failed")
            #expect(message.contains("40119"))
        }
    }

    @Test func rateLimitHonoursRetryAfterThenGivesUp() async throws {
        let harness = try await Harness.start(
            EmulatorConfiguration(faults: FaultRates(rateLimit: 1), retryAfterSeconds: 2))
        defer { Task { await harness.stop() } }
        let clock = RecordingClock()
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1))
        let api = HeyGenV2API(connection: harness.connection(policy: policy, clock: clock))
        let error = await apiError { _ = try await api.avatarGroups() }
        #expect(error?.httpStatus == 429)
        #expect(error?.retryAfter == "2")
        #expect(clock.sleeps == [.seconds(2), .seconds(2)])
        #expect(try await harness.stats().requests == 3)
    }

    @Test func responsesLargerThanTheCapAreRefused() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let transport = CurlTransport(userAgent: "tests", maxResponseBytes: 16)
        await #expect(throws: TransportError.responseTooLarge(limit: 16)) {
            _ = try await transport.send(
                HTTPRequest(method: .get, url: harness.baseURL.appendingPathComponent("v2/avatar_group.list")))
        }
    }

    @Test func slowAnswersTimeOutAndAreNotResentForCreates() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(latency: .milliseconds(800)))
        defer { Task { await harness.stop() } }
        let api = HeyGenV2API(connection: harness.connection(timeout: .milliseconds(200)))
        do {
            _ = try await api.createAvatarGroup(CreateAvatarGroupRequest(name: "T", imageKey: "image/x/original"))
            Issue.record("expected a timeout")
        } catch HeyGenError.transport(.timedOut) {
        }
        #expect(try await harness.stats().requests == 1)
    }

    @Test func requestsCarryTheToolsUserAgent() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        _ = try await harness.v2().avatarGroups()
        #expect(try await harness.stats().userAgents == ["photo-preflight/\(ClientIdentity.version)"])
    }

    @Test func refusedConnectionIsConnectFailed() async throws {
        let harness = try await Harness.start()
        let url = harness.baseURL
        await harness.stop()
        await #expect(throws: TransportError.self) {
            _ = try await CurlTransport(userAgent: "tests").send(HTTPRequest(method: .get, url: url))
        }
    }
}

/// A clock that records sleeps and does not really sleep.
final class RecordingClock: WaitClock {
    private let recorded = Mutex<[Duration]>([])
    var sleeps: [Duration] { recorded.withLock { $0 } }
    var now: Duration { recorded.withLock { $0.reduce(.zero, +) } }
    func sleep(for duration: Duration) async throws { recorded.withLock { $0.append(duration) } }
}
