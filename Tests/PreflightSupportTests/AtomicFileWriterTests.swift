import Foundation
import PreflightSupport
import Testing

/// Writes are all or nothing, and failures are reported, never crashes.
struct AtomicFileWriterTests {
    private static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func contents(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    private static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func replacesAnExistingFileAndLeavesNoTemporaryFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("a/b/photo.jpg")
        try AtomicFileWriter.write([1, 2, 3] as [UInt8], to: target, permissions: 0o644)
        try AtomicFileWriter.write(Data([4, 5]), to: target, permissions: 0o644)
        #expect(try Data(contentsOf: target) == Data([4, 5]))
        #expect(Self.contents(folder) == ["a", "a/b", "a/b/photo.jpg"])
    }

    @Test func unwritableFolderIsReportedAndNothingIsLeftBehind() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A regular file where a folder should be: even root cannot create anything under it.
        try Data([0]).write(to: folder.appendingPathComponent("blocker"))
        let target = folder.appendingPathComponent("blocker/sub/photo.jpg")
        let error = #expect(throws: FileWriteError.self) {
            try AtomicFileWriter.write([1, 2, 3] as [UInt8], to: target, permissions: 0o644)
        }
        #expect(error?.path == target.path)
        #expect(error?.reason == "Not a directory")
        #expect(error?.description == "cannot write \(target.path): Not a directory")
        #expect(Self.contents(folder) == ["blocker"])
    }

    @Test func foldersCreatedForAFailedWriteAreRemoved() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("kept"), withIntermediateDirectories: true)
        // A valid 250-byte name whose temporary file's name (`.NAME.PID.RANDOM.tmp`) is too long: the write
        // fails after `kept/made/deeper` was created.
        let target = folder.appendingPathComponent("kept/made/deeper/" + String(repeating: "n", count: 250))
        let error = #expect(throws: FileWriteError.self) {
            try AtomicFileWriter.write([1] as [UInt8], to: target, permissions: 0o644)
        }
        #expect(error?.reason == "File name too long")
        #expect(Self.contents(folder) == ["kept"])
    }

    @Test(arguments: [0o600, 0o644])
    func newFilesGetTheRequestedPermissions(mode: Int) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("state.json")
        let old = umask(0o022)
        defer { umask(old) }
        try AtomicFileWriter.write(Array("{}".utf8), to: target, permissions: mode_t(mode))
        #expect(try Self.mode(target) == mode)
    }
}

/// Committing a file written piece by piece (a download's `.part` file).
@Suite struct AtomicCommitTests {
    @Test func commitMovesTheFinishedFileOverTheDestination() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("commit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("video.mp4")
        let part = folder.appendingPathComponent("video.mp4.part")
        try Data("old".utf8).write(to: output)
        try Data("complete".utf8).write(to: part)
        try AtomicFileWriter.commit(finished: part, to: output)
        #expect(try Data(contentsOf: output) == Data("complete".utf8))
        #expect(!FileManager.default.fileExists(atPath: part.path))
    }

    @Test func aMissingFinishedFileLeavesTheDestinationAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("commit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("video.mp4")
        try Data("old".utf8).write(to: output)
        #expect(throws: FileWriteError.self) {
            try AtomicFileWriter.commit(finished: folder.appendingPathComponent("missing.part"), to: output)
        }
        #expect(try Data(contentsOf: output) == Data("old".utf8))
    }
}
