import Foundation
import Testing

/// `photo-preflight fix` run end to end as a separate process: stdout, stderr, exit status, files.
struct FixCommandTests {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable, beside the test bundle.
    private static let binary: URL = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("photo-preflight")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/photo-preflight")
    }()

    private static func fixture(_ path: String) -> String {
        packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(path).path
    }

    /// Runs `command` with `arguments`; with `shellPrefix`, through `/bin/sh -c` so limits can be set first.
    private static func run(_ arguments: [String], shellPrefix: String? = nil) throws -> Run {
        // The fixtures are synthetic pictures without a real face; these tests are about fixing.
        var arguments = arguments
        if ["fix", "check"].contains(arguments.first) { arguments.insert("--no-face-check", at: 1) }
        let process = Process()
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            process.arguments = ["-c", shellPrefix + "; exec " + quoted.joined(separator: " ")]
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    private static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fix-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func files(under folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix("/") }.sorted()
    }

    @Test func fixesAFolderKeepingItsStructureAndExitsZero() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["exif-orientation-6.jpg", "portrait.png"] {
            try FileManager.default.copyItem(
                atPath: Self.fixture("pass/" + name), toPath: input.appendingPathComponent(name).path)
        }
        let original = try Data(contentsOf: input.appendingPathComponent("exif-orientation-6.jpg"))
        let out = work.appendingPathComponent("out")
        let result = try Self.run(["fix", work.appendingPathComponent("in").path, "--out", out.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(Self.files(under: out) == ["sub", "sub/exif-orientation-6.jpg", "sub/portrait.png"])
        #expect(result.stdout.contains("rotate 90° clockwise (EXIF orientation 6)"))
        #expect(result.stdout.contains("2 photos: 2 fixed and passing"))
        #expect(try Data(contentsOf: input.appendingPathComponent("exif-orientation-6.jpg")) == original)
    }

    @Test func jsonReportsWhatWasDoneAndTheNewVerdict() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.run([
            "fix", Self.fixture("pass/exif-orientation-6.jpg"), "--out", out.path, "--format", "json", "--max-side",
            "700",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["outcome"] as? String == "pass")
        #expect(file["verdict"] as? String == "pass")
        #expect(file["written"] as? Bool == true)
        #expect((file["quality"] as? Int).map { (70...92).contains($0) } == true)
        let before = try #require(file["before"] as? [String: Any]),
            after = try #require(file["after"] as? [String: Any])
        #expect(before["orientation"] as? Int == 6)
        #expect(after["orientation"] == nil)
        #expect(max(after["width"] as? Int ?? 0, after["height"] as? Int ?? 0) == 700)
        let kinds = (file["actions"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds == ["orient", "downscale", "encode", "strip-metadata"])
        #expect((json["summary"] as? [String: Any])?["passed"] as? Int == 1)
    }

    @Test func dryRunWritesNothing() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        let result = try Self.run(["fix", Self.fixture("pass/exif-orientation-6.jpg"), "--out", out.path, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(not written)"))
        #expect(result.stdout.contains("dry run: nothing written"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func convertsHEICWebPAndAVIFIntoJPEGCopiesNamedJpg() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.run([
            "fix", "--no-face-check", Self.fixture("convert/heic-irot.heic"), Self.fixture("convert/webp-named.jpg"),
            Self.fixture("convert/avif-irot.avif"), "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("HEIC/HEIF converted to JPEG"))
        #expect(result.stdout.contains("AVIF irot/imir"))
        #expect(Self.files(under: out) == ["avif-irot.jpg", "heic-irot.jpg", "webp-named.jpg"])
        let check = try Self.run(["check", "--no-face-check", out.path])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func photosThatCannotBeFixedExitOneWithAReason() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.run([
            "fix", Self.fixture("format/portrait.gif"), Self.fixture("corrupt/truncated.jpg"),
            Self.fixture("fail/too-small.jpg"), "--out", out.path,
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("NOT FIXED  \(Self.fixture("format/portrait.gif"))"))
        #expect(result.stdout.contains("only JPEG and PNG are fixed"))
        #expect(result.stdout.contains("Premature end of JPEG file"))
        #expect(result.stdout.contains("too-small"))
        #expect(Self.files(under: out) == ["too-small.jpg"], "only the decodable photo has a copy")
    }

    @Test(arguments: [
        ["fix", "x.jpg"], ["fix", "x.jpg", "--dry-run"], ["fix", "x.jpg", "--out", "o", "--in-place"],
        ["fix", "x.jpg", "--out", "o", "--background", "white"],
        ["fix", "x.jpg", "--out", "o", "--quality-floor", "95"], ["fix", "x.jpg", "--out", "o", "--max-side", "0"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    /// Disk full halfway: a file-size limit makes the write fail after some bytes. The error is reported,
    /// the exit status is 2, and neither the output nor a temporary file is left behind.
    @Test func diskFullHalfwayLeavesNoPartialFile() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // 64 blocks (32-64 KB) is far below the ~78 KB fixed copy; SIGXFSZ is ignored so write() fails.
        let result = try Self.run(
            ["fix", Self.fixture("pass/exif-orientation-6.jpg"), "--out", out.path],
            shellPrefix: "trap '' XFSZ; ulimit -f 64")
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("File too large"))
        #expect(result.stdout.contains("I/O ERROR"))
        #expect(Self.files(under: out).isEmpty)
    }

    @Test func inPlaceReplacesThePassingOriginal() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let photo = work.appendingPathComponent("photo.jpg")
        try FileManager.default.copyItem(atPath: Self.fixture("pass/exif-orientation-6.jpg"), toPath: photo.path)
        let result = try Self.run(["fix", photo.path, "--in-place"])
        #expect(result.status == 0, "\(result.stderr)")
        let check = try Self.run(["check", photo.path, "--format", "json"])
        #expect(check.status == 0)
        #expect(!check.stdout.contains("\"orientation\""), "the replaced photo has no orientation tag")
        #expect(Self.files(under: work) == ["photo.jpg"])
    }
}
