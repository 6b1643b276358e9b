import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// `upload` and `video avatar-iv --photo` check photos with the config file's thresholds and disabled rules,
/// as `check` does, and print errors a person can act on.
@Suite(.serialized) struct ConfigGateCLITests {
    /// A config that switches `too-small` off, and one that raises its minimum side above the test photos'.
    static let disablesTooSmall = "disable: [too-small]\n"
    static let raisesMinSide = "rules:\n  too-small:\n    min-side: 700\n"

    private static func writeConfig(_ text: String, in folder: URL, name: String) throws -> String {
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    private static func base(_ harness: Harness) -> [String] {
        ["--api-base", harness.baseURL.absoluteString, "--upload-base", harness.baseURL.absoluteString]
    }

    @Test func uploadHonoursTheConfigsDisabledRulesAndThresholds() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(20)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 600 pixels wide: HeyGen (and the emulator) take it; a raised minimum side of 700 does not.
        let photos = try TestPhotos.writeJPEGs(1, into: folder, width: 600).map(\.path)
        let lenient = try Self.writeConfig(Self.raisesMinSide + Self.disablesTooSmall, in: folder, name: "lenient.yml")
        let strict = try Self.writeConfig(Self.raisesMinSide, in: folder, name: "strict.yml")
        func upload(_ group: String, _ extra: [String]) throws -> CLIRunner.Result {
            try CLIRunner.run(
                ["upload"] + photos + ["--group-name", group, "--state", folder.appendingPathComponent(group).path]
                    + extra + Self.base(harness),
                environment: ["HEYGEN_API_KEY": Harness.key])
        }

        let disabled = try upload("Lenient", ["--config", lenient])
        #expect(disabled.status == 0, "\(disabled.stdout)\(disabled.stderr)")
        #expect(disabled.stdout.contains("1 of 1 photos uploaded"), "\(disabled.stdout)")

        let raised = try upload("Strict", ["--config", strict])
        #expect(raised.status == 1, "\(raised.stdout)\(raised.stderr)")
        #expect(raised.stdout.contains("too-small"), "\(raised.stdout)")

        // Flags win over the file.
        let overridden = try upload("Overridden", ["--config", strict, "--min-side", "512", "--format", "json"])
        #expect(overridden.status == 0, "\(overridden.stdout)\(overridden.stderr)")
        // Compact JSON, like `check --format json`: one line.
        #expect(overridden.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
    }

    @Test func avatarIVPhotoHonoursTheConfigsDisabledRulesAndThresholds() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(videoDelay: .milliseconds(10)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = try TestPhotos.writeJPEGs(1, into: folder, prefix: "small", width: 300)[0].path
        let wide = try TestPhotos.writeJPEGs(1, into: folder, prefix: "wide")[0].path
        let lenient = try Self.writeConfig(
            Self.disablesTooSmall.replacingOccurrences(
                of: "]", with: ", " + CLIRunner.lenientRules.joined(separator: ", ") + "]"),
            in: folder, name: "lenient.yml")
        let strict = try Self.writeConfig(
            Self.raisesMinSide + "disable: [\(CLIRunner.lenientRules.joined(separator: ", "))]\n", in: folder,
            name: "strict.yml")
        func video(_ photo: String, config: String) throws -> CLIRunner.Result {
            try CLIRunner.run(
                [
                    "video", "avatar-iv", "--photo", photo, "--script", "Hello", "--voice-id", "voice-1",
                    "--no-face-check", "--config", config,
                ] + Self.base(harness),
                environment: ["HEYGEN_API_KEY": Harness.key])
        }

        let disabled = try video(small, config: lenient)
        #expect(disabled.status == 0, "\(disabled.stdout)\(disabled.stderr)")
        #expect(!disabled.stdout.isEmpty)

        let raised = try video(wide, config: strict)
        #expect(raised.status == 1, "\(raised.stdout)\(raised.stderr)")
        #expect(raised.stderr.contains("too-small"), "\(raised.stderr)")
    }

    @Test func contradictoryThresholdsInTheConfigAreAUsageError() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = try TestPhotos.writeJPEGs(1, into: folder).map(\.path)
        let config = try Self.writeConfig("rules:\n  blurry:\n    error: 150\n", in: folder, name: "bad.yml")
        let run = try CLIRunner.run(
            ["upload"] + photos + ["--group-name", "Sam", "--config", config] + Self.base(harness),
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: --blur-error / rules.blurry.error (150) is above"), "\(run.stderr)")
        #expect(try await harness.stats().requests == 0)
    }

    @Test func networkAndKeyErrorsSayWhatToCheck() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(generationDelay: .milliseconds(10)))
        defer { Task { await harness.stop() } }
        let folder = TestPhotos.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = try TestPhotos.writeJPEGs(1, into: folder).map(\.path)
        let state = folder.appendingPathComponent("state.json").path

        let refused = try CLIRunner.run(
            ["upload"] + photos + ["--group-name", "Sam", "--state", state] + Self.base(harness),
            environment: ["HEYGEN_API_KEY": "wrong-key"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: "), "\(refused.stderr)")
        #expect(refused.stderr.contains("check HEYGEN_API_KEY"), "\(refused.stderr)")

        let nowhere = "http://127.0.0.1:1"
        let unreachable = try CLIRunner.run(
            ["avatar", "generation-status", "abc", "--api", "v2", "--api-base", nowhere],
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(unreachable.status == 2)
        #expect(unreachable.stderr.contains(nowhere), "\(unreachable.stderr)")

        let unwritable = try CLIRunner.run(
            ["upload"] + photos + ["--group-name", "Sam", "--state", "/proc/no-such-folder/state.json"]
                + Self.base(harness),
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.hasPrefix("error: "), "\(unwritable.stderr)")
        #expect(!unwritable.stderr.contains("Error Domain"), "\(unwritable.stderr)")

        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: state))
        let corrupt = try CLIRunner.run(
            ["upload"] + photos + ["--group-name", "Sam", "--state", state] + Self.base(harness),
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(corrupt.status == 2)
        #expect(corrupt.stderr.hasPrefix("error: state file"), "\(corrupt.stderr)")
        #expect(!corrupt.stderr.contains("DecodingError") && !corrupt.stderr.contains("dataCorrupted"))

        let api = harness.v2()
        let generation = try await api.generatePhoto(
            GeneratePhotoRequest(
                name: "AI Host", age: .earlyMiddleAge, gender: .man, ethnicity: .unspecified, orientation: .vertical,
                pose: .closeUp, style: .realistic, appearance: "friendly"))
        let deadline = ContinuousClock.now + .seconds(10)
        while try await api.generationStatus(id: generation).imageKeys == nil, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        let pick = try CLIRunner.run(
            ["avatar", "pick", generation, "--index", "5", "--name", "Host", "--api", "v2"] + Self.base(harness),
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(pick.status == 2)
        #expect(pick.stderr.contains("index 5 is out of range"), "\(pick.stderr)")
        #expect(pick.stderr.contains("4 candidates"), "\(pick.stderr)")
    }

    @Test func theEmulatorSaysWhatToDoWhenItsPortIsInUse() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let process = Process()
        process.executableURL = try CLIRunner.binary().deletingLastPathComponent().appendingPathComponent(
            "heygen-emulator")
        process.arguments = ["--host", "127.0.0.1", "--port", "\(try #require(harness.baseURL.port))"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr.hasPrefix("error: cannot listen on 127.0.0.1:"), "\(stderr)")
        #expect(!stderr.contains("IOError") && !stderr.contains("errno"), "\(stderr)")
    }
}
