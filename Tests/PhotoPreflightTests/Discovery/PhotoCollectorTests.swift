import Foundation
import PhotoPreflight
import TestSupport
import Testing

struct PhotoCollectorTests {
    private func makeTree() throws -> URL {
        let root = try RepositoryPaths.temporaryFolder()
        let fm = FileManager.default
        for folder in ["a", "a/b", ".hidden", "c"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["a/one.JPG", "a/b/two.png", "a/notes.txt", ".hidden/three.jpg", "c/.four.jpg", "c/five.jpeg"] {
            try Data([0xFF, 0xD8, 0xFF]).write(to: root.appendingPathComponent(file))
        }
        // A symbolic link back to the root: a loop that must end.
        try fm.createSymbolicLink(at: root.appendingPathComponent("a/b/loop"), withDestinationURL: root)
        return root
    }

    @Test func walksFoldersRecursivelySkippingHiddenAndLoops() throws {
        let root = try makeTree()
        let (files, problems) = PhotoCollector().collect([root.path])
        #expect(problems.isEmpty)
        #expect(files.map(\.relativePath) == ["a/b/two.png", "a/one.JPG", "c/five.jpeg"])
        #expect(files.allSatisfy { $0.displayPath.hasPrefix(root.path + "/") })
    }

    @Test func takesEveryFileWithAllFilesAndNamedFilesAlways() throws {
        let root = try makeTree()
        let all = PhotoCollector(includeAllFiles: true).collect([root.path]).files.map(\.relativePath)
        #expect(all.contains("a/notes.txt"))
        let named = PhotoCollector().collect([root.appendingPathComponent("a/notes.txt").path]).files
        #expect(named.map(\.relativePath) == ["notes.txt"])
    }

    @Test func reportsMissingPaths() {
        let (files, problems) = PhotoCollector().collect(["/nonexistent/photo.jpg"])
        #expect(files.isEmpty)
        #expect(problems.map(\.path) == ["/nonexistent/photo.jpg"])
    }
}
