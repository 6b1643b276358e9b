import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// A run that dies after HeyGen created the group but before the answer reached the state file: the next run
/// must end with one group and one look per photo, the seed photo's included.
@Suite struct LostGroupCreateTests {
    @Test(arguments: APIVersion.allCases)
    func resumingAfterALostGroupCreateAddsNoSecondSeedLook(api: APIVersion) async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(20)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder("lost-create")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try TestPhotos.writeJPEGs(4, into: folder)
        let state = folder.appendingPathComponent("state.json")

        let dying = GroupCreateAnswerLost(inner: harness.backend(api))
        await #expect(throws: CancellationError.self) {
            _ = try await upload(files, state: state, backend: dying)
        }
        #expect(try await harness.stats().groupsCreated == 1)

        let report = try await upload(files, state: state, backend: harness.backend(api))
        let stats = try await harness.stats()
        #expect(report.allUploaded)
        #expect(stats.groupsCreated == 1)
        #expect(stats.duplicateLooks == 0)
        #expect(try await harness.lookCount(api, group: try #require(report.groupID)) == files.count)
    }

    private func upload(_ files: [URL], state: URL, backend: any UploadBackend) async throws -> UploadReport {
        let store = try ManifestStore(url: state, api: backend.apiVersion, groupName: "Lost")
        let uploader = Uploader(
            backend: backend, gate: MagicGate(), store: store,
            options: UploadOptions(groupName: "Lost", concurrency: 1, waitPolicy: fastWait))
        return try await uploader.run(files)
    }
}

/// Passes every call through, but the process "dies" (cancellation) right after HeyGen acted on the group
/// create, before its answer can be recorded.
actor GroupCreateAnswerLost: UploadBackend {
    let inner: any UploadBackend

    init(inner: any UploadBackend) { self.inner = inner }

    nonisolated var apiVersion: APIVersion { inner.apiVersion }
    nonisolated var maxLooksPerAdd: Int { inner.maxLooksPerAdd }
    nonisolated var createsAreReplayable: Bool { inner.createsAreReplayable }

    nonisolated func idempotencyKey(operation: String, scope: String, contentHash: String) -> String? {
        inner.idempotencyKey(operation: operation, scope: scope, contentHash: contentHash)
    }

    func upload(_ file: URL, contentType: AssetContentType, contentHash: String) async throws -> String {
        try await inner.upload(file, contentType: contentType, contentHash: contentHash)
    }

    func createGroup(name: String, asset: String, contentHash: String) async throws -> CreatedLook {
        _ = try await inner.createGroup(name: name, asset: asset, contentHash: contentHash)
        throw CancellationError()
    }

    func addLooks(
        groupID: String, name: String, assets: [(asset: String, contentHash: String)]
    ) async throws -> [CreatedLook] {
        try await inner.addLooks(groupID: groupID, name: name, assets: assets)
    }

    func findGroup(named name: String) async throws -> String? { try await inner.findGroup(named: name) }
    func looks(inGroup groupID: String) async throws -> [LookSummary] { try await inner.looks(inGroup: groupID) }
    func train(groupID: String) async throws { try await inner.train(groupID: groupID) }
    func trainingState(groupID: String) async throws -> JobState { try await inner.trainingState(groupID: groupID) }
}
