import Foundation
import Testing

@testable import PhotoPreflightUpload

@Suite struct UploadPhotoSelectionTests {
    @Test func aMissingPathOrAnEmptyFolderIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: UploadInputError(description: "no photos found")) {
            try UploadPhotoSelection.files([folder.path])
        }
        let missing = folder.appendingPathComponent("nope").path
        #expect(throws: UploadInputError(description: "\(missing): no such file or folder")) {
            try UploadPhotoSelection.files([missing])
        }
    }

    @Test func namedFilesAreTakenWhateverTheirExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("named-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: notes)
        #expect(try UploadPhotoSelection.files([notes.path]) == [notes])
        #expect(throws: UploadInputError.self) { try UploadPhotoSelection.files([folder.path]) }
    }

    @Test func linksOutOfTheNamedFolderAreSkippedWithTheReason() throws {
        let outer = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outer) }
        let folder = outer.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outer.appendingPathComponent("outside.jpg"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("me.jpg"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("up").path, withDestinationPath: "..")
        let selection = try UploadPhotoSelection.select([folder.path])
        #expect(selection.files == [folder.appendingPathComponent("me.jpg")])
        #expect(selection.skipped.map(\.description) == ["\(folder.path)/up: skipped, points outside \(folder.path)"])
    }
}
