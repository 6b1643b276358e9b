import Foundation
import HeyGen
import HeyGenEmulator
import TestSupport
import Testing

/// `upload --best N` uploads exactly the N best passing photos, as `rank` orders them.
@Suite(.serialized) struct UploadBestTests {
    /// `rank --format json` output: the paths best first, and whether each fails.
    struct RankOutput: Decodable {
        struct Photo: Decodable {
            var path: String
            var verdict: String
            var score: Double
        }
        var photos: [Photo]
    }

    /// A folder of fixture photos: three that pass, one that warns, one that fails (too small).
    func makeFolder() throws -> URL {
        let folder = try RepositoryPaths.temporaryFolder("best")
        for (name, fixture) in [
            ("a.jpg", "pass/grayscale.jpg"), ("b.jpg", "pass/portrait.jpg"), ("c.jpg", "pass/progressive.jpg"),
            ("d.jpg", "fail/png-named.jpg"), ("e.jpg", "fail/too-small.jpg"),
        ] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.fixture(fixture), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func uploadsExactlyTheTwoBestPassingPhotos() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let folder = try makeFolder()

        let rankArguments = ["rank", "--no-face-check", "--format", "json", folder.path]
        let rank = try CLIRunner.run(
            rankArguments + CLIRunner.lenientRules.flatMap { ["--disable", $0] }, environment: [:])
        #expect(rank.status == 0, "\(rank.stderr)")
        let ranked = try JSONDecoder().decode(RankOutput.self, from: Data(rank.stdout.utf8)).photos
        let expected = Array(ranked.filter { $0.verdict != "fail" }.prefix(2).map(\.path))
        #expect(expected.count == 2)
        #expect(!expected.contains { $0.hasSuffix("e.jpg") }, "the failing photo is never among the best")

        let upload = try CLIRunner.run(
            [
                "upload", folder.path, "--best", "2", "--group-name", "Best", "--format", "json", "--api-base",
                harness.baseURL.absoluteString, "--upload-base", harness.baseURL.absoluteString,
            ],
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(upload.status == 0, "\(upload.stderr)")
        let report = try JSONDecoder().decode(UploadReport.self, from: Data(upload.stdout.utf8))
        #expect(Set(report.photos.map(\.file)) == Set(expected))
        #expect(report.photos.allSatisfy { $0.outcome == .uploaded })
        #expect(upload.stderr.contains("--best 2: uploading 2 of 5 photos"), "\(upload.stderr)")
        let stats = try await harness.stats()
        #expect(stats.distinctHashes == 2)
    }

    @Test func bestBelowOneIsAUsageError() throws {
        let upload = try CLIRunner.run(
            ["upload", "Fixtures", "--best", "0", "--group-name", "Best"], environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(upload.status == 2)
        #expect(upload.stderr.contains("--best must be at least 1, got 0"), "\(upload.stderr)")
    }
}
