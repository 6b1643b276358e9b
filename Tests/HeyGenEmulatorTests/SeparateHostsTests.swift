import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// With HeyGen's two hosts on two ports, a v2 upload works only when `--upload-base` names the upload host:
/// the emulator refuses the raw upload on the API host and API routes on the upload host.
@Suite struct SeparateHostsTests {
    func start() async throws -> (HeyGenEmulator, api: URL, upload: URL) {
        var configuration = EmulatorConfiguration(lookDelay: .milliseconds(20))
        configuration.separateUploadHost = true
        let emulator = HeyGenEmulator(configuration: configuration)
        try await emulator.start()
        let api = try #require(emulator.baseURL)
        let upload = try #require(emulator.uploadBaseURL)
        #expect(api != upload)
        return (emulator, api, upload)
    }

    func upload(_ files: [String], api: URL, upload: URL, state: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(
            ["upload"] + files + [
                "--group-name", "Hosts", "--api", "v2", "--api-base", api.absoluteString, "--upload-base",
                upload.absoluteString, "--state", state.path,
            ], environment: ["HEYGEN_API_KEY": Harness.key])
    }

    @Test func uploadsGoToTheUploadHostAndEverythingElseToTheAPIHost() async throws {
        let (emulator, api, uploadHost) = try await start()
        defer { Task { try? await emulator.stop() } }
        let folder = TestPhotos.temporaryFolder("hosts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = try TestPhotos.writeJPEGs(2, into: folder).map(\.path)

        let right = try upload(photos, api: api, upload: uploadHost, state: folder.appendingPathComponent("a.json"))
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.stdout.contains("2 of 2 photos uploaded"))

        // Both swapped: the raw upload reaches the API host, which has no such route.
        let swapped = try upload(photos, api: uploadHost, upload: api, state: folder.appendingPathComponent("b.json"))
        #expect(swapped.status != 0)
        // The upload on the API host, then nothing else: no photo gets through.
        let same = try upload(photos, api: api, upload: api, state: folder.appendingPathComponent("c.json"))
        #expect(same.status != 0)
        #expect(!same.stdout.contains(" 2 of 2 photos uploaded"))
        let stats = try await Harness(emulator: emulator, baseURL: api).stats()
        #expect(stats.uploads == 2)
        #expect(stats.wrongHost >= 2)
    }
}
