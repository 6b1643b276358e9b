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
}
