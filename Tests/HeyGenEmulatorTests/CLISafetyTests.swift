import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// The CLI under a low descriptor limit, with hostile settings, and with v1 auth codes on HTTP 200.
@Suite(.serialized) struct CLISafetyTests {
    func arguments(_ harness: Harness, _ paths: [String]) -> [String] {
        ["upload"] + paths + [
            "--group-name", "Sam", "--api-base", harness.baseURL.absoluteString, "--upload-base",
            harness.baseURL.absoluteString,
        ]
    }

    @Test func aV3UploadOfSixtyPhotosFitsInFortyDescriptors() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(20)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        let photos = try TestPhotos.writeJPEGs(60, into: folder).map(\.path)
        let run = try CLIRunner.run(
            arguments(harness, photos), environment: ["HEYGEN_API_KEY": Harness.key],
            descriptorLimit: 40)
        #expect(run.status == 0, "\(run.stderr.suffix(600))")
        #expect(run.stdout.contains("60 of 60 photos uploaded"))
        let stats = try await harness.stats()
        #expect(stats.distinctHashes == 60)
        #expect(stats.looksCreated == 60)
        #expect(stats.duplicateLooks == 0)
    }

    @Test func aKeyFileOthersCanReadIsWarnedAbout() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(20)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        let photos = try TestPhotos.writeJPEGs(1, into: folder).map(\.path)
        let keyFile = folder.appendingPathComponent("key.txt")
        try Data("\(Harness.key)\n".utf8).write(to: keyFile)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: keyFile.path)
        let open = try CLIRunner.run(arguments(harness, photos) + ["--api-key-file", keyFile.path], environment: [:])
        #expect(open.status == 0)
        #expect(open.stderr.contains("warning:"))
        #expect(open.stderr.contains("readable by group or others"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile.path)
        let closed = try CLIRunner.run(
            arguments(harness, photos) + [
                "--api-key-file", keyFile.path, "--state", folder.appendingPathComponent("2.json").path,
            ],
            environment: [:])
        #expect(closed.status == 0)
        #expect(!closed.stderr.contains("readable by group or others"))
        try Data("\(Harness.key)\nX-Evil: 1\n".utf8).write(to: keyFile)
        let injected = try CLIRunner.run(
            arguments(harness, photos) + ["--api-key-file", keyFile.path], environment: [:])
        #expect(injected.status == 2)
        #expect(injected.stderr.contains("whitespace or control characters"))
    }

    @Test func aV1AuthenticationCodeOnHTTP200StopsTheRun() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(20)))
        defer { Task { await harness.stop() } }
        try await harness.queueFault("unauthorized_200")
        let photos = try TestPhotos.writeJPEGs(3, into: TestPhotos.temporaryFolder()).map(\.path)
        let run = try CLIRunner.run(
            arguments(harness, photos) + ["--api", "v2", "--concurrency", "1"],
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(run.status == 2, "\(run.stdout)")
        #expect(run.stderr.contains("400112"))
        #expect(try await harness.stats().requests == 1)
    }

    @Test func plainHTTPToAnotherHostIsRefusedBeforeAnyRequest() throws {
        let folder = TestPhotos.temporaryFolder()
        let photos = try TestPhotos.writeJPEGs(1, into: folder).map(\.path)
        let run = try CLIRunner.run(
            ["upload"] + photos + ["--group-name", "Sam", "--api-base", "http://api.heygen.com"],
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(run.status == 2)
        #expect(run.stderr.contains("https"))
        #expect(run.stderr.contains("loopback"))
    }
}
