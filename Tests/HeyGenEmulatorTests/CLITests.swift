import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// The `photo-preflight` binary against the emulator: exit codes, secrecy, and resume after a kill.
@Suite(.serialized) struct CLITests {
    func upload(
        _ harness: Harness, _ paths: [String], extra: [String] = [], key: String? = Harness.key
    ) throws
        -> CLIRunner.Result
    {
        var environment: [String: String] = [:]
        environment["HEYGEN_API_KEY"] = key
        return try CLIRunner.run(
            ["upload"] + paths + [
                "--group-name", "Sam", "--api-base", harness.baseURL.absoluteString,
                "--upload-base", harness.baseURL.absoluteString,
            ] + extra,
            environment: environment)
    }

    @Test func exitCodesAreZeroOneAndTwoAndV3IsTheDefault() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = try TestPhotos.writeJPEGs(2, into: folder).map(\.path)
        let good = try upload(harness, photos)
        #expect(good.status == 0)
        #expect(good.stdout.contains("2 of 2 photos uploaded"))
        let text = folder.appendingPathComponent("notes.txt")
        try Data("text".utf8).write(to: text)
        let partial = try upload(harness, photos + [text.path], extra: ["--format", "json"])
        #expect(partial.status == 1)
        let report = try JSONDecoder().decode(UploadReport.self, from: Data(partial.stdout.utf8))
        #expect(report.photos.map(\.outcome) == [.uploaded, .uploaded, .rejected])
        #expect(report.api == .v3)
        let noKey = try upload(harness, photos, key: nil)
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("HEYGEN_API_KEY"))
        let v2 = try upload(
            harness, photos, extra: ["--api", "v2", "--state", folder.appendingPathComponent("v2.json").path])
        #expect(v2.status == 0)
        let usage = try upload(harness, photos, extra: ["--concurrency", "0"])
        #expect(usage.status == 2)
        let badKey = try upload(
            harness, photos, extra: ["--state", folder.appendingPathComponent("s2.json").path], key: "nope")
        #expect(badKey.status == 2)
        #expect(badKey.stderr.contains("401"))
    }

    @Test func v2OnlyCommandsSayWhyUnderV3() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let run = try CLIRunner.run(
            ["avatar", "train", "0123456789abcdef", "--api", "v3", "--api-base", harness.baseURL.absoluteString],
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(run.status == 2)
        #expect(run.stderr.contains("exists only in HeyGen's v2 API"))
        let env = try CLIRunner.run(
            ["avatar", "generation-status", "abc", "--api-base", harness.baseURL.absoluteString],
            environment: ["HEYGEN_API_KEY": Harness.key, "PHOTO_PREFLIGHT_HEYGEN_API": "v3"])
        #expect(env.status == 2)
        #expect(env.stderr.contains("--api v2"))
        #expect(try await harness.stats().requests == 0)
    }

    @Test func theKeyAppearsNowhere() async throws {
        let secret = "sk_V2_hgu_do-not-print-me"
        let harness = try await Harness.start(EmulatorConfiguration(apiKeys: [secret], lookDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = try TestPhotos.writeJPEGs(2, into: folder).map(\.path)
        let keyFile = folder.appendingPathComponent("key.txt")
        try Data("\(secret)\n".utf8).write(to: keyFile)
        let run = try upload(harness, photos, extra: ["--verbose", "--api-key-file", keyFile.path], key: nil)
        #expect(run.status == 0)
        #expect(run.stderr.contains("http: POST"))
        let wrong = try upload(
            harness, photos, extra: ["--verbose", "--state", folder.appendingPathComponent("x.json").path],
            key: secret + "x")
        #expect(wrong.status == 2)
        for output in [run.stdout, run.stderr, wrong.stdout, wrong.stderr] {
            #expect(!output.contains("do-not-print-me"))
        }
        let state = try String(
            contentsOf: folder.appendingPathComponent(".photo-preflight/uploads.json"), encoding: .utf8)
        #expect(!state.contains("do-not-print-me"))
    }

    @Test(arguments: APIVersion.allCases)
    func killedMidBatchThenRerunGivesOneGroupAndNoDuplicateLooks(api: APIVersion) async throws {
        let harness = try await Harness.start(
            EmulatorConfiguration(lookDelay: .milliseconds(50), latency: .milliseconds(150)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = try TestPhotos.writeJPEGs(10, into: folder).map(\.path)
        let arguments =
            ["upload"] + photos + [
                "--group-name", "Sam", "--concurrency", "2", "--api", api.rawValue, "--api-base",
                harness.baseURL.absoluteString,
                "--upload-base", harness.baseURL.absoluteString,
            ]
        // The emulator stores 5 uploads and then holds every further one unanswered, so the kill lands
        // mid-batch however slowly this test gets to it on a loaded machine.
        try await harness.holdUploads(after: 5)
        let running = try CLIRunner.start(arguments, environment: ["HEYGEN_API_KEY": Harness.key])
        let process = running.process
        let deadline = ContinuousClock.now + .seconds(60)
        while try await harness.stats().uploads < 5, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        kill(process.processIdentifier, SIGKILL)
        _ = running.wait()
        let atKill = try await harness.stats()
        #expect(atKill.uploads >= 5 && atKill.uploads < 10)
        try await harness.holdUploads(after: nil)

        let rerun = try CLIRunner.run(
            Array(arguments) + ["--format", "json"], environment: ["HEYGEN_API_KEY": Harness.key])
        try await harness.expectOneGroupWithOneLookPerPhoto(api, photos: 10, run: rerun)
    }
}
