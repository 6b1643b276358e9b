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
        let collection = PhotoCollector().collect([root.path])
        let (files, problems) = (collection.files, collection.problems)
        #expect(problems.isEmpty)
        #expect(files.map(\.relativePath) == ["a/b/two.png", "a/one.JPG", "c/five.jpeg"])
        #expect(files.allSatisfy { $0.displayPath.hasPrefix(root.path + "/") })
        #expect(
            collection.skipped == [
                SkippedPath(path: root.path + "/a/b/loop", reason: "symbolic link to a folder already visited (a loop)")
            ])
    }

    @Test func takesEveryFileWithAllFilesAndNamedFilesAlways() throws {
        let root = try makeTree()
        let all = PhotoCollector(includeAllFiles: true).collect([root.path]).files.map(\.relativePath)
        #expect(all.contains("a/notes.txt"))
        let named = PhotoCollector().collect([root.appendingPathComponent("a/notes.txt").path]).files
        #expect(named.map(\.relativePath) == ["notes.txt"])
    }

    @Test func reportsMissingPaths() {
        let collection = PhotoCollector().collect(["/nonexistent/photo.jpg"])
        let (files, problems) = (collection.files, collection.problems)
        #expect(files.isEmpty)
        #expect(problems.map(\.path) == ["/nonexistent/photo.jpg"])
    }

    /// A folder with a dangling link, a looping link, a link out of the folder (`up -> ../..`, whose parent
    /// holds a photo) and a link to a photo inside it.
    private func makeLinks() throws -> (outer: URL, folder: URL) {
        let outer = try RepositoryPaths.temporaryFolder()
        let folder = outer.appendingPathComponent("photos")
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("inner"), withIntermediateDirectories: true)
        try Data([0xFF, 0xD8, 0xFF]).write(to: outer.appendingPathComponent("outside.jpg"))
        try Data([0xFF, 0xD8, 0xFF]).write(to: folder.appendingPathComponent("inner/in.jpg"))
        try fm.createSymbolicLink(
            atPath: folder.appendingPathComponent("dangling.jpg").path, withDestinationPath: "gone.jpg")
        try fm.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop.jpg").path, withDestinationPath: "loop.jpg")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("up").path, withDestinationPath: "../..")
        try fm.createSymbolicLink(
            atPath: folder.appendingPathComponent("out.jpg").path, withDestinationPath: "../outside.jpg")
        try fm.createSymbolicLink(
            atPath: folder.appendingPathComponent("same.jpg").path, withDestinationPath: "inner/in.jpg")
        return (outer, folder)
    }

    @Test func reportsDanglingLoopingAndEscapingLinksAndNeverLeavesTheNamedFolder() throws {
        let (outer, folder) = try makeLinks()
        defer { try? FileManager.default.removeItem(at: outer) }
        let collection = PhotoCollector().collect([folder.path])
        #expect(collection.problems.isEmpty)
        #expect(collection.files.map(\.relativePath) == ["inner/in.jpg", "same.jpg"])
        let skipped = Dictionary(uniqueKeysWithValues: collection.skipped.map { ($0.path, $0.reason) })
        #expect(skipped[folder.path + "/dangling.jpg"] == "dangling symbolic link (to gone.jpg)")
        #expect(skipped[folder.path + "/loop.jpg"] == "symbolic link loop")
        #expect(skipped[folder.path + "/up"] == "points outside \(folder.path)")
        #expect(skipped[folder.path + "/out.jpg"] == "points outside \(folder.path)")
        #expect(collection.skipped.count == 4)
    }

    @Test func aLoopNamedOnTheCommandLineIsReportedAsALoop() throws {
        let (outer, folder) = try makeLinks()
        defer { try? FileManager.default.removeItem(at: outer) }
        let loop = folder.path + "/loop.jpg", dangling = folder.path + "/dangling.jpg"
        let collection = PhotoCollector().collect([loop, dangling])
        #expect(collection.files.isEmpty)
        #expect(
            collection.problems == [
                CollectionProblem(path: loop, reason: "symbolic link loop"),
                CollectionProblem(path: dangling, reason: "dangling symbolic link (to gone.jpg)"),
            ])
    }
}
