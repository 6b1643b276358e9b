import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// Two `photo-preflight upload` runs on one state file: the lock lets one in at a time, and a killed holder
/// never blocks the next run.
@Suite(.serialized) struct StateFileLockCLITests {
    static let photoCount = 6
    static let environment = ["HEYGEN_API_KEY": Harness.key]

    /// A slow emulator, so the first run is still going when the second starts or the kill lands, even on a
    /// loaded machine: 200 ms per request, then every look takes 3 s to get ready, which the run waits for.
    func slowHarness() async throws -> Harness {
        try await Harness.start(EmulatorConfiguration(lookDelay: .seconds(3), latency: .milliseconds(200)))
    }

    /// Photos in a fresh folder and the `upload` arguments for them with an explicit state file.
    func uploadArguments(_ harness: Harness, _ api: APIVersion) throws -> (arguments: [String], state: URL) {
        let folder = TestPhotos.temporaryFolder("lock")
        let photos = try TestPhotos.writeJPEGs(Self.photoCount, into: folder).map(\.path)
        let state = folder.appendingPathComponent("state/uploads.json")
        let arguments =
            ["upload"] + photos + [
                "--group-name", "Sam", "--concurrency", "2", "--api", api.rawValue, "--state", state.path,
                "--api-base", harness.baseURL.absoluteString, "--upload-base", harness.baseURL.absoluteString,
                "--format", "json",
            ]
        return (arguments, state)
    }

    /// Whether the lock file beside `state` names `pid` (the run holds the lock).
    static func lockNames(_ pid: Int32, state: URL) -> Bool {
        let text = try? String(contentsOf: StateFileLock.lockURL(forStateFile: state), encoding: .utf8)
        return text?.contains("pid=\(pid)\n") ?? false
    }

    /// Whether the state file records the group id (the group's create answer has been received).
    static func stateHasGroup(_ state: URL) -> Bool {
        guard let data = try? Data(contentsOf: state) else { return false }
        return (try? JSONDecoder().decode(UploadManifest.self, from: data))?.groupID != nil
    }

    /// Polls `condition` every 5 ms, blocking, for up to 20 s; call it through ``CLIRunner/offPool(_:)``.
    static func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(20)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            usleep(5_000)
        }
        return true
    }

    /// Expects the one run that uploaded to have sent each photo once and made one group and one look each.
    func expectEachPhotoSentOnce(_ harness: Harness, _ api: APIVersion, run: CLIRunner.Result) async throws {
        try await harness.expectOneGroupWithOneLookPerPhoto(api, photos: Self.photoCount, run: run)
        let stats = try await harness.stats()
        #expect(stats.uploads == Self.photoCount)
        #expect(stats.looksCreated == Self.photoCount)
    }

    @Test(arguments: APIVersion.allCases)
    func twoUploadsStartedAtOnceOneUploadsAndTheOtherIsRefused(api: APIVersion) async throws {
        let harness = try await slowHarness()
        defer { Task { await harness.stop() } }
        let (arguments, state) = try uploadArguments(harness, api)
        let runs = try (0..<2).map { _ in try CLIRunner.start(arguments, environment: Self.environment) }
        var results: [CLIRunner.Result] = []
        for run in runs { results.append(await CLIRunner.finishOffPool(run)) }

        #expect(results.map(\.status).sorted() == [0, 2])
        let winner = try #require(results.firstIndex { $0.status == 0 })
        let loser = results[1 - winner]
        let holder = runs[winner].process.processIdentifier
        #expect(
            loser.stderr.contains(
                "state file \(state.path) is in use by another upload (pid \(holder)); wait for it, "
                    + "pass --wait-for-lock, or use --state to pick another file"))
        #expect(loser.stdout.isEmpty)
        try await expectEachPhotoSentOnce(harness, api, run: results[winner])
    }

    @Test(arguments: APIVersion.allCases)
    func aRunKilledWhileHoldingTheLockDoesNotBlockTheNext(api: APIVersion) async throws {
        let harness = try await slowHarness()
        defer { Task { await harness.stop() } }
        let (arguments, state) = try uploadArguments(harness, api)
        let running = try CLIRunner.start(arguments, environment: Self.environment)
        let process = running.process
        let pid = process.processIdentifier
        // Kill mid-run, once the run holds the lock and has saved the group's id (a kill between HeyGen creating
        // the group and the run saving that answer is LostGroupCreateTests' case).
        let killed = await CLIRunner.offPool {
            Self.waitUntil { Self.lockNames(pid, state: state) && Self.stateHasGroup(state) }
                && kill(pid, SIGKILL) == 0
        }
        #expect(killed)
        _ = await CLIRunner.finishOffPool(running)
        #expect(process.terminationReason == .uncaughtSignal)
        // The dead run's pid stays in the lock file: the kernel's lock, not the file, decides.
        let lockText = try String(contentsOf: StateFileLock.lockURL(forStateFile: state), encoding: .utf8)
        #expect(lockText.contains("pid=\(pid)\n"))

        let rerun = try await CLIRunner.runOffPool(arguments, environment: Self.environment)
        try await harness.expectOneGroupWithOneLookPerPhoto(api, photos: Self.photoCount, run: rerun)
    }

    @Test func waitForLockRunsOnceTheOtherUploadEnds() async throws {
        let harness = try await slowHarness()
        defer { Task { await harness.stop() } }
        let (arguments, state) = try uploadArguments(harness, .v3)
        let first = try CLIRunner.start(arguments, environment: Self.environment)
        let pid = first.process.processIdentifier
        #expect(await CLIRunner.offPool { Self.waitUntil { Self.lockNames(pid, state: state) } })

        let second = try await CLIRunner.runOffPool(arguments + ["--wait-for-lock"], environment: Self.environment)
        let firstResult = await CLIRunner.finishOffPool(first)
        #expect(firstResult.status == 0)
        try await expectEachPhotoSentOnce(harness, .v3, run: second)
    }
}
