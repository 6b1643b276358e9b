import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// The gated, resumable upload workflow against the emulator.
@Suite struct UploaderTests {
    func run(
        _ harness: Harness, _ files: [URL], state: URL, group: String = "Sam", concurrency: Int = 4,
        backend: (any UploadBackend)? = nil, api: APIVersion = .v2, train: Bool = false
    ) async throws -> UploadReport {
        let backend = backend ?? harness.backend(api)
        let store = try ManifestStore(url: state, api: backend.apiVersion, groupName: group)
        let uploader = Uploader(
            backend: backend, gate: MagicGate(), store: store,
            options: UploadOptions(groupName: group, concurrency: concurrency, train: train, waitPolicy: fastWait))
        return try await uploader.run(files)
    }

    @Test func passingPhotosEndInOneGroupAndTheRestAreExplained() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = try TestPhotos.writeJPEGs(6, into: folder)
        let small = folder.appendingPathComponent("small.jpg")
        try TestPhotos.jpeg(width: 300, height: 300, tag: "small").write(to: small)
        let rejected = folder.appendingPathComponent("notes.txt")
        try Data("hello".utf8).write(to: rejected)
        let noFace = folder.appendingPathComponent("noface.jpg")
        try TestPhotos.jpeg(width: 640, height: 640, tag: "heygen-emulator:reject-face").write(to: noFace)
        files += [small, rejected, noFace, files[0]]

        let report = try await run(harness, files, state: folder.appendingPathComponent("state.json"), train: true)
        let outcomes = report.photos.map(\.outcome)
        #expect(outcomes == Array(repeating: .uploaded, count: 6) + [.failed, .rejected, .failed, .duplicate])
        #expect(report.photos[6].reason?.contains("512") == true)
        #expect(report.photos[8].reason?.contains("moderation_rejected") == true)
        #expect(report.training == "ready")
        #expect(!report.allUploaded)
        let group = try #require(report.groupID)
        #expect(report.talkingPhotoID == group)
        let stats = try await harness.stats()
        #expect(stats.groupsCreated == 1)
        #expect(stats.uploads == stats.distinctHashes)
        #expect(stats.uploads == 8)
        #expect(stats.duplicateLooks == 0)
        #expect(Set(report.photos.prefix(6).compactMap(\.lookID)).count == 6)
    }

    @Test(arguments: [1, 4])
    func groupIsSeededByTheFirstPhotoHeyGenAccepts(concurrency: Int) async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = folder.appendingPathComponent("000-small.jpg")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try TestPhotos.jpeg(width: 400, height: 400, tag: "small seed").write(to: small)
        let files = [small] + (try TestPhotos.writeJPEGs(4, into: folder))
        let report = try await run(
            harness, files, state: folder.appendingPathComponent("state.json"), concurrency: concurrency)
        #expect(report.photos.map(\.outcome) == [.failed, .uploaded, .uploaded, .uploaded, .uploaded])
        #expect(report.photos[0].reason?.contains("512") == true)
        #expect(report.talkingPhotoID == report.photos[1].lookID)
        let stats = try await harness.stats()
        #expect(stats.groupsCreated == 1)
        #expect(stats.looks == 4)
    }

    @Test(arguments: APIVersion.allCases)
    func rerunSkipsFinishedWorkAndUploadsNothingTwice(api: APIVersion) async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try TestPhotos.writeJPEGs(5, into: folder)
        let state = folder.appendingPathComponent("state.json")
        let first = try await run(harness, files, state: state, api: api)
        #expect(first.allUploaded)
        let before = try await harness.stats()
        let second = try await run(harness, files, state: state, api: api)
        let after = try await harness.stats()
        #expect(second.allUploaded)
        #expect(second.photos.map(\.lookID) == first.photos.map(\.lookID))
        #expect(after.uploads == before.uploads)
        #expect(after.looksCreated == before.looksCreated)
        #expect(after.groupsCreated == 1)
    }

    @Test(arguments: APIVersion.allCases)
    func crashBetweenRequestsResumesWithoutDuplicates(api: APIVersion) async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try TestPhotos.writeJPEGs(10, into: folder)
        let state = folder.appendingPathComponent("state.json")
        let crashing = CrashingBackend(inner: harness.backend(api), crashAfterCalls: 7)
        await #expect(throws: CancellationError.self) {
            _ = try await run(harness, files, state: state, concurrency: 1, backend: crashing)
        }
        let midway = try await harness.stats()
        #expect(midway.uploads > 0 && midway.uploads < 10)
        let report = try await run(harness, files, state: state, concurrency: 3, api: api)
        let stats = try await harness.stats()
        #expect(report.allUploaded)
        // The upload that was about to be sent at the stop is counted as possibly orphaned: a state file
        // cannot tell "stopped before sending" from "stopped while the server was storing it".
        #expect(report.possibleOrphanAssets <= 1)
        #expect(stats.uploads == 10)
        #expect(stats.distinctHashes == 10)
        #expect(stats.groupsCreated == 1)
        #expect(stats.duplicateLooks == 0)
        #expect(try await harness.lookCount(api, group: try #require(report.groupID)) == 10)
    }

    @Test(
        arguments: [
            FaultRates(error: 0.3), FaultRates(rateLimit: 0.3), FaultRates(drop: 0.3), FaultRates(failAfterCommit: 0.3),
        ], APIVersion.allCases)
    func thirtyPercentFaultsEndWithEachPhotoOnceOrReportedFailed(faults: FaultRates, api: APIVersion) async throws {
        let harness = try await Harness.start(
            EmulatorConfiguration(lookDelay: .milliseconds(50), faults: faults, retryAfterSeconds: 0, seed: 42))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try TestPhotos.writeJPEGs(12, into: folder)
        let report = try await run(harness, files, state: folder.appendingPathComponent("state.json"), api: api)
        let stats = try await harness.stats()
        #expect(stats.groupsCreated == 1)
        #expect(stats.groups == 1)
        #expect(stats.duplicateLooks == 0)
        #expect(stats.uploads - stats.distinctHashes <= report.possibleOrphanAssets)
        let group = try #require(report.groupID)
        let uploaded = report.photos.filter { $0.outcome == .uploaded }
        #expect(uploaded.count + report.photos.filter { $0.outcome == .failed }.count == 12)
        #expect(Set(uploaded.compactMap(\.lookID)).count == uploaded.count)
        #expect(try await harness.lookCount(api, group: group) == uploaded.count)
        #expect(stats.looks == uploaded.count)
        #expect(!stats.faults.isEmpty)
    }
}

/// Passes calls through, then throws `CancellationError` before sending call number `crashAfterCalls + 1`,
/// as if the process were stopped between two requests.
actor CrashingBackend: UploadBackend {
    let inner: any UploadBackend
    let crashAfterCalls: Int
    private var calls = 0

    init(inner: any UploadBackend, crashAfterCalls: Int) {
        self.inner = inner
        self.crashAfterCalls = crashAfterCalls
    }

    nonisolated var apiVersion: APIVersion { inner.apiVersion }
    nonisolated var maxLooksPerAdd: Int { inner.maxLooksPerAdd }
    nonisolated var createsAreReplayable: Bool { inner.createsAreReplayable }

    nonisolated func idempotencyKey(operation: String, scope: String, contentHash: String) -> String? {
        inner.idempotencyKey(operation: operation, scope: scope, contentHash: contentHash)
    }

    private func tick() throws {
        calls += 1
        if calls > crashAfterCalls { throw CancellationError() }
    }

    func upload(_ file: URL, contentType: AssetContentType, contentHash: String) async throws -> String {
        try tick()
        return try await inner.upload(file, contentType: contentType, contentHash: contentHash)
    }

    func createGroup(name: String, asset: String, contentHash: String) async throws -> CreatedLook {
        try tick()
        return try await inner.createGroup(name: name, asset: asset, contentHash: contentHash)
    }

    func addLooks(
        groupID: String, name: String, assets: [(asset: String, contentHash: String)]
    ) async throws
        -> [CreatedLook]
    {
        try tick()
        return try await inner.addLooks(groupID: groupID, name: name, assets: assets)
    }

    func findGroup(named name: String) async throws -> String? {
        try tick()
        return try await inner.findGroup(named: name)
    }

    func looks(inGroup groupID: String) async throws -> [LookSummary] {
        try tick()
        return try await inner.looks(inGroup: groupID)
    }

    func train(groupID: String) async throws { try await inner.train(groupID: groupID) }
    func trainingState(groupID: String) async throws -> JobState { try await inner.trainingState(groupID: groupID) }
}
