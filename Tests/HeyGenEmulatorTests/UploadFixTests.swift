import Foundation
import HeyGenEmulator
import TestSupport
import Testing

/// `upload --fix` end to end against the emulator: fixable photos are fixed into copies beside the state
/// file and those copies are uploaded; originals stay as they were; an unfixable photo is rejected; a
/// re-run uploads nothing again.
@Suite struct UploadFixTests {
    @Test func uploadsFixedCopiesAndLeavesTheOriginalsAlone() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let folder = try RepositoryPaths.temporaryFolder("upload-fix")
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = folder.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        // Sideways (EXIF orientation 6, stored 800×600), a PNG over the byte limit set below, and one too small.
        for fixture in ["pass/exif-orientation-6.jpg", "pass/portrait.png", "fail/too-small.jpg"] {
            let source = RepositoryPaths.fixture(fixture)
            try FileManager.default.copyItem(
                at: source, to: photos.appendingPathComponent(source.lastPathComponent))
        }
        let originals = try contents(of: photos)
        let state = folder.appendingPathComponent("state/uploads.json")
        let arguments = [
            "upload", photos.path, "--group-name", "Fixed", "--fix", "--max-bytes", "200000", "--state", state.path,
            "--format", "json", "--api-base", harness.baseURL.absoluteString, "--upload-base",
            harness.baseURL.absoluteString,
        ]
        let run = try CLIRunner.run(arguments, environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(run.status == 1, "one photo cannot be fixed: \(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require(report["photos"] as? [[String: Any]])
        #expect(results.map { $0["outcome"] as? String } == ["uploaded", "uploaded", "rejected"])
        #expect((results[2]["reason"] as? String)?.contains("too-small") == true)

        // The fixed copies: JPEG, within the byte limit, stored upright with no orientation left to apply.
        let fixed = state.deletingLastPathComponent().appendingPathComponent("fixed")
        let copies = try FileManager.default.contentsOfDirectory(atPath: fixed.path).sorted()
        #expect(copies.count == 2)
        for name in copies {
            let bytes = try Data(contentsOf: fixed.appendingPathComponent(name))
            #expect(bytes.count <= 200_000)
            #expect(bytes.starts(with: [0xFF, 0xD8]))
        }
        let check = try CLIRunner.run(
            ["check", "--no-face-check", "--format", "json", fixed.path], environment: [:])
        let checked = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let checkedFiles = try #require(checked["files"] as? [[String: Any]])
        #expect(checkedFiles.count == 2)
        for file in checkedFiles {
            #expect(file["width"] as? Int == 600)
            #expect(file["height"] as? Int == 800)
            #expect(file["orientation"] == nil || file["orientation"] as? Int == 1)
        }
        #expect(try contents(of: photos) == originals)
        var stats = try await harness.stats()
        #expect(stats.uploads == 2)
        #expect(stats.distinctHashes == 2)
        #expect(stats.looksCreated == 2)

        // A re-run finds both fixed copies already uploaded.
        let again = try CLIRunner.run(arguments, environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(again.status == 1)
        stats = try await harness.stats()
        #expect(stats.uploads == 2)
        #expect(stats.looksCreated == 2)
    }

    /// A folder as an iPhone and the web leave it: a HEIC, a WebP saved as `.jpg`, an AVIF and a JPEG. Each
    /// passing photo is converted and uploaded as a JPEG in one command.
    @Test func convertsHEICAndWebPNamedJPGAndUploadsAJPEGForEach() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let folder = try RepositoryPaths.temporaryFolder("upload-convert")
        defer { try? FileManager.default.removeItem(at: folder) }
        let photos = folder.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        let fixtures = [
            "convert/heic-irot.heic", "convert/webp-named.jpg", "convert/avif-irot.avif", "pass/portrait.jpg",
        ]
        for fixture in fixtures {
            let source = RepositoryPaths.fixture(fixture)
            try FileManager.default.copyItem(at: source, to: photos.appendingPathComponent(source.lastPathComponent))
        }
        let state = folder.appendingPathComponent("state/uploads.json")
        let run = try CLIRunner.run(
            [
                "upload", photos.path, "--group-name", "Converted", "--fix", "--state", state.path, "--format", "json",
                "--api-base", harness.baseURL.absoluteString, "--upload-base", harness.baseURL.absoluteString,
            ], environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(run.status == 0, "every photo passes once converted: \(run.stdout) \(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require(report["photos"] as? [[String: Any]])
        #expect(results.count == 4 && results.allSatisfy { $0["outcome"] as? String == "uploaded" })

        let fixed = state.deletingLastPathComponent().appendingPathComponent("fixed")
        let copies = try FileManager.default.contentsOfDirectory(atPath: fixed.path).sorted()
        #expect(copies.count == 4 && copies.allSatisfy { $0.hasSuffix(".jpg") })
        for name in copies {
            let bytes = try Data(contentsOf: fixed.appendingPathComponent(name))
            #expect(bytes.starts(with: [0xFF, 0xD8, 0xFF]), "\(name) is a JPEG")
        }
        let stats = try await harness.stats()
        #expect(stats.uploads == 4)
        #expect(stats.distinctHashes == 4)
    }

    private func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }
}
