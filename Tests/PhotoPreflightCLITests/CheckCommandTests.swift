import Foundation
import Testing

/// `photo-preflight check` end to end: the built binary's stdout, stderr and exit status. The fixtures are
/// synthetic pictures without a real face, so these tests switch the face rules off (`FaceCommandTests`
/// covers them on real photos).
struct CheckCommandTests {
    @Test func passingPhotoExitsZero() throws {
        let result = try CLIRunner.run(["check", "--no-face-check", CLIRunner.fixture("pass/portrait.jpg")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PASS"))
        #expect(result.stdout.contains("1 photo: 1 passed, 0 with warnings, 0 failed"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        #expect(result.stderr.isEmpty)
    }

    @Test func failingPhotoExitsOneWithTheReason() throws {
        let result = try CLIRunner.run(["check", "--no-face-check", CLIRunner.fixture("fail/too-small.jpg")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL"))
        #expect(result.stdout.contains("too-small: 384×512 px is smaller than 512 px on the short side"))
    }

    @Test func checkIsTheDefaultSubcommand() throws {
        let result = try CLIRunner.run(["--no-face-check", CLIRunner.fixture("pass/portrait.png")])
        #expect(result.status == 0)
    }

    @Test func warningsPassUnlessStrict() throws {
        let photo = CLIRunner.fixture("fail/png-named.jpg")
        #expect(try CLIRunner.run(["check", "--no-face-check", photo]).status == 0)
        let strict = try CLIRunner.run(["check", "--no-face-check", "--strict", photo])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("WARN"))
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let result = try CLIRunner.run([
            "check", "--no-face-check", "--format", "json", CLIRunner.fixture("pass/exif-orientation-6.jpg"),
            CLIRunner.fixture("corrupt/truncated.jpg"),
        ])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 2)
        let good = files[0]
        #expect((good["path"] as? String)?.hasSuffix("pass/exif-orientation-6.jpg") == true)
        #expect(good["verdict"] as? String == "pass" && good["format"] as? String == "jpeg")
        #expect(good["width"] as? Int == 800 && good["height"] as? Int == 600 && good["orientation"] as? Int == 6)
        #expect(good["displayWidth"] as? Int == 600 && good["displayHeight"] as? Int == 800)
        #expect((good["bytes"] as? Int ?? 0) > 0)
        let metrics = try #require(good["metrics"] as? [String: Any])
        #expect(metrics["brightness"] is Double && metrics["sharpness"] is Double)
        let bad = files[1]
        #expect(bad["verdict"] as? String == "fail")
        let finding = try #require((bad["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "corrupt" && finding["severity"] as? String == "error")
        #expect((finding["message"] as? String)?.contains("Premature end of JPEG file") == true)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["total": 2, "passed": 1, "warned": 0, "failed": 1])
    }

    @Test func foldersAreCheckedInOrderAndEveryFileReported() throws {
        let result = try CLIRunner.run([
            "check", "--no-face-check", "--format", "json", "--jobs", "2", CLIRunner.fixture(""),
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paths = try #require(json["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        // Every image-like file under Fixtures is reported (fixtures.tsv and text files are not images).
        let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "bmp", "tiff", "heic", "webp", "avif"]
        let enumerator = FileManager.default.enumerator(atPath: CLIRunner.fixture(""))
        let expected = (enumerator?.allObjects as? [String] ?? []).filter {
            imageExtensions.contains(($0 as NSString).pathExtension.lowercased())
        }
        #expect(expected.count >= 35)
        #expect(paths.count == expected.count)
        #expect(!paths.contains { $0.hasSuffix(".tsv") })
    }

    @Test func thresholdsComeFromTheCommandLine() throws {
        let photo = CLIRunner.fixture("pass/portrait.jpg")
        let result = try CLIRunner.run(["check", "--no-face-check", "--min-side", "1000", photo])
        #expect(result.status == 1 && result.stdout.contains("smaller than 1000 px"))
        let disabled = try CLIRunner.run([
            "check", "--no-face-check", "--min-side", "1000", "--disable", "too-small", photo,
        ])
        #expect(disabled.status == 0)
        let sized = try CLIRunner.run(["check", "--no-face-check", "--max-bytes", "1000", photo])
        #expect(sized.status == 1 && sized.stdout.contains("too-large"))
    }

    @Test func usageErrorsExitTwo() throws {
        let unknownRule = try CLIRunner.run([
            "check", "--no-face-check", "--disable", "no-such-rule", CLIRunner.fixture("pass/portrait.jpg"),
        ])
        #expect(unknownRule.status == 2)
        #expect(unknownRule.stderr.contains("unknown rule 'no-such-rule'"))
        let badValue = try CLIRunner.run([
            "check", "--no-face-check", "--dark-error", "300", CLIRunner.fixture("pass/portrait.jpg"),
        ])
        #expect(badValue.status == 2 && badValue.stderr.contains("between 0 and 255"))
        let noPaths = try CLIRunner.run(["check"])
        #expect(noPaths.status == 2)
    }

    @Test func missingPathsAreReportedAndExitTwoAfterCheckingTheRest() throws {
        let result = try CLIRunner.run([
            "check", "--no-face-check", "/nonexistent/photo.jpg", CLIRunner.fixture("pass/portrait.jpg"),
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/photo.jpg: no such file or folder"))
        #expect(result.stdout.contains("PASS"))
    }

    @Test func unreadableFilesAreFindingsNotCrashes() throws {
        // A named pipe is not a regular file: reading it would block, so it must be reported instead.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pipe = folder.appendingPathComponent("pipe.jpg")
        try #require(mkfifo(pipe.path, 0o600) == 0)
        let result = try CLIRunner.run(["check", "--no-face-check", pipe.path, CLIRunner.fixture("pass/portrait.jpg")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("unreadable: cannot read the file: not a regular file"))
        #expect(result.stdout.contains("PASS"))
    }

    @Test func listsRules() throws {
        let result = try CLIRunner.run(["rules"])
        #expect(result.status == 0)
        for id in [
            "format", "corrupt", "too-many-pixels", "too-small", "too-large", "too-dark", "too-bright", "blurry",
            "low-contrast",
        ] {
            #expect(result.stdout.contains(id))
        }
    }
}
