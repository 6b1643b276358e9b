import Foundation
import Testing

@testable import HeyGen

@Suite struct ManifestTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func updatesAreWrittenAndReloaded() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("state/uploads.json")
        let store = try ManifestStore(url: url, api: .v2, groupName: "Sam")
        try await store.update { manifest in
            manifest.groupID = "g1"
            manifest.photos["abc"] = PhotoRecord(
                sha256: "abc", source: "a.jpg", contentType: "image/jpeg", stage: .uploaded)
        }
        let reloaded = try ManifestStore(url: url, api: .v2, groupName: "Sam")
        #expect(await reloaded.current.groupID == "g1")
        #expect(await reloaded.current.photos["abc"]?.stage == .uploaded)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(leftovers == ["uploads.json"])
    }

    @Test func anotherGroupsManifestIsRefused() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("uploads.json")
        try await ManifestStore(url: url, api: .v2, groupName: "Sam").update { $0.groupID = "g" }
        #expect(throws: ManifestError.self) { try ManifestStore(url: url, api: .v2, groupName: "Alex") }
        #expect(throws: ManifestError.self) { try ManifestStore(url: url, api: .v3, groupName: "Sam") }
    }

    @Test func garbageManifestIsAnErrorNotACrash() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("uploads.json")
        try Data("{not json".utf8).write(to: url)
        #expect(throws: ManifestError.self) { try ManifestStore(url: url, api: .v2, groupName: "Sam") }
    }

    @Test func contentHashIsSHA256() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("abc.txt")
        try Data("abc".utf8).write(to: url)
        #expect(try ContentHash.sha256(of: url) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
