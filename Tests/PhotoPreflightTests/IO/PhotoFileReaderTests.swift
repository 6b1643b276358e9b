import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// The one bounded read of a photo file: the limit, and what is refused instead of read.
struct PhotoFileReaderTests {
    private static func file(_ bytes: [UInt8]) throws -> URL {
        let url = try RepositoryPaths.temporaryFolder().appendingPathComponent("photo.jpg")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func readsAFileOfExactlyTheLimitAndRefusesOneByteMore() throws {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0) }
        let url = try Self.file(bytes)
        #expect(try PhotoFileReader.read(url, maxBytes: 1000) == bytes)
        #expect(throws: FileReadError.tooLarge(bytes: 1000, limit: 999)) {
            try PhotoFileReader.read(url, maxBytes: 999)
        }
        #expect(try PhotoFileReader.read(try Self.file([]), maxBytes: 0) == [])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func stopsAfterLimitPlusOneBytesWhateverTheSizeClaims() throws {
        // /proc files report a size of 0 but hold more: only the read itself can tell.
        let url = URL(fileURLWithPath: "/proc/self/status")
        #expect(throws: FileReadError.tooLarge(bytes: 11, limit: 10)) { try PhotoFileReader.read(url, maxBytes: 10) }
        #expect(try PhotoFileReader.read(url, maxBytes: 1 << 20).count > 10)
    }

    @Test func refusesFoldersPipesAndSymbolicLinksAsNotRegularFiles() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        #expect(throws: FileReadError.notRegularFile) { try PhotoFileReader.read(folder, maxBytes: 1 << 20) }
        let fifo = folder.appendingPathComponent("pipe.jpg")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // Opening a pipe for reading would wait for a writer; the reader must return at once.
        #expect(throws: FileReadError.notRegularFile) { try PhotoFileReader.read(fifo, maxBytes: 1 << 20) }
        let link = folder.appendingPathComponent("link.jpg")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: try Self.file([1, 2, 3]))
        #expect(throws: FileReadError.notRegularFile) { try PhotoFileReader.read(link, maxBytes: 1 << 20) }
    }

    @Test func reportsWhyAFileCannotBeOpened() throws {
        let missing = try RepositoryPaths.temporaryFolder().appendingPathComponent("gone.jpg")
        #expect(throws: FileReadError.unreadable(reason: "No such file or directory")) {
            try PhotoFileReader.read(missing, maxBytes: 1 << 20)
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their permissions"))
    func reportsPermissionDenied() throws {
        let url = try Self.file([1, 2, 3])
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        #expect(throws: FileReadError.unreadable(reason: "Permission denied")) {
            try PhotoFileReader.read(url, maxBytes: 1 << 20)
        }
    }

    @Test func errorsReadAsTheirReason() {
        #expect(FileReadError.notRegularFile.localizedDescription == "not a regular file")
        #expect("\(FileReadError.tooLarge(bytes: 12, limit: 10))" == "larger than 10 bytes")
        #expect(FileReadError.unreadable(reason: "Permission denied").description == "Permission denied")
    }
}
