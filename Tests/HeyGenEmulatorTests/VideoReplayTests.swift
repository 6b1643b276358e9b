import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// v3 video creates replay within 24 h through their Idempotency-Key, except a video that failed: a new
/// attempt renders again; `--new` always renders again; a failed wait names the video.
@Suite(.serialized) struct VideoReplayTests {
    func avatarIV(_ harness: Harness, asset: String, script: String, extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(
            [
                "video", "avatar-iv", "--asset-id", asset, "--script", script, "--voice-id", "voice-1",
                "--api-base", harness.baseURL.absoluteString, "--upload-base", harness.baseURL.absoluteString,
            ] + extra,
            environment: ["HEYGEN_API_KEY": Harness.key])
    }

    /// The video id in `error: video ID: job ended failed: …`.
    func failedVideoID(_ run: CLIRunner.Result) throws -> String {
        let line = try #require(run.stderr.split(separator: "\n").first { $0.contains("job ended failed") })
        let prefix = "error: video "
        #expect(line.hasPrefix(prefix), "\(line)")
        return String(line.dropFirst(prefix.count).prefix { $0 != ":" })
    }

    @Test func aFailedVideoIsRenderedAgainAndNewForcesAFreshRender() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(videoDelay: .milliseconds(20)))
        defer { Task { await harness.stop() } }
        let photo = try TestPhotos.writeJPEGs(1, into: TestPhotos.temporaryFolder("video"))[0]
        let asset = try await harness.v3().uploadAsset(file: photo, contentType: .jpeg, idempotencyKey: "v-1")

        let failed = try avatarIV(harness, asset: asset.assetID, script: "Hello emulator:fail", extra: ["--wait"])
        #expect(failed.status == 1)
        let firstFailure = try failedVideoID(failed)
        #expect(!firstFailure.isEmpty)
        let again = try avatarIV(harness, asset: asset.assetID, script: "Hello emulator:fail", extra: ["--wait"])
        #expect(again.status == 1)
        #expect(try failedVideoID(again) != firstFailure, "the failed video was replayed")

        let first = try avatarIV(harness, asset: asset.assetID, script: "Hello")
        #expect(first.status == 0)
        let replayed = try avatarIV(harness, asset: asset.assetID, script: "Hello")
        #expect(replayed.stdout == first.stdout, "a repeated request within 24 h returns the same video")
        let fresh = try avatarIV(harness, asset: asset.assetID, script: "Hello", extra: ["--new"])
        #expect(fresh.status == 0)
        #expect(!fresh.stdout.isEmpty)
        #expect(fresh.stdout != first.stdout, "--new renders a new video")
    }

    @Test func attemptZeroKeepsTheKeyEarlierRunsSentAndEachAttemptOrNonceChangesIt() throws {
        let request = try V3VideoRequest(
            source: .look(id: "look-1"), script: "Hello", voiceID: "voice-1", title: "t", aspectRatio: .landscape)
        let keys = try [
            request.idempotencyKey(), request.idempotencyKey(attempt: 1), request.idempotencyKey(attempt: 2),
            request.idempotencyKey(nonce: "n"),
        ]
        #expect(try request.idempotencyKey(attempt: 0) == keys[0])
        #expect(Set(keys).count == keys.count)
    }
}
