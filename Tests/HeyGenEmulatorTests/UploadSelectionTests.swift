import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// `upload DIR` and `check DIR` take the same files: one `PhotoCollector` finds them for both.
@Suite(.serialized) struct UploadSelectionTests {
    /// The paths in `check --format json` output.
    struct CheckOutput: Decodable {
        struct File: Decodable { var path: String }
        var files: [File]
    }

    /// A folder with nested folders, upper-case extensions, hidden files and folders, a text file and a
    /// symbolic link back to the folder itself; returns the folder and the photos a walk must take.
    func makeTree() throws -> (folder: URL, expected: [String]) {
        let folder = TestPhotos.temporaryFolder("selection")
        let deeper = folder.appendingPathComponent("nested/deeper")
        let hidden = folder.appendingPathComponent(".cache")
        for (index, url) in [
            folder.appendingPathComponent("a.jpg"), folder.appendingPathComponent("B.JPG"),
            folder.appendingPathComponent("c.JPEG"), folder.appendingPathComponent("scan.JFIF"),
            deeper.appendingPathComponent("d.jpg"), folder.appendingPathComponent(".hidden.jpg"),
            hidden.appendingPathComponent("e.jpg"),
        ].enumerated() {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try TestPhotos.jpeg(width: 640, height: 800, tag: "selection \(index)").write(to: url)
        }
        try Data("not a photo".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("nested/loop"), withDestinationURL: folder)
        let expected = ["B.JPG", "a.jpg", "c.JPEG", "nested/deeper/d.jpg", "scan.JFIF"]
        return (folder, expected.map { folder.appendingPathComponent($0).path })
    }

    @Test func uploadAndCheckTakeTheSameFilesFromAFolder() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let (folder, expected) = try makeTree()

        let check = try CLIRunner.run(
            ["check", "--no-face-check", "--format", "json", folder.path], environment: [:])
        #expect(check.status == 0 || check.status == 1, "\(check.stderr)")
        let checked = try JSONDecoder().decode(CheckOutput.self, from: Data(check.stdout.utf8)).files.map(\.path)

        let upload = try CLIRunner.run(
            [
                "upload", folder.path, "--group-name", "Tree", "--format", "json", "--api-base",
                harness.baseURL.absoluteString, "--upload-base", harness.baseURL.absoluteString,
            ],
            environment: ["HEYGEN_API_KEY": Harness.key])
        #expect(upload.status == 0, "\(upload.stderr)")
        let report = try JSONDecoder().decode(UploadReport.self, from: Data(upload.stdout.utf8))

        #expect(checked == expected)
        #expect(report.photos.map(\.file) == checked)
        #expect(report.photos.allSatisfy { $0.outcome == .uploaded })
    }
}
