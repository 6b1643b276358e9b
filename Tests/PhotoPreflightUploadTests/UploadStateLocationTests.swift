import Foundation
import HeyGen
import PhotoPreflightUpload
import Testing

@Suite struct UploadStateLocationTests {
    @Test func defaultsBesideTheFirstPhotoWithFixedCopiesNextToIt() {
        let photos = [URL(fileURLWithPath: "/photos/sam/a.jpg"), URL(fileURLWithPath: "/other/b.jpg")]
        let location = UploadStateLocation(explicit: nil, photos: photos)
        #expect(location.stateFile.path == "/photos/sam/.photo-preflight/uploads.json")
        #expect(location.fixedFolder.path == "/photos/sam/.photo-preflight/fixed")
    }

    @Test func anExplicitStateFileMovesTheFixedFolderWithIt() {
        let location = UploadStateLocation(explicit: "/runs/sam.json", photos: [URL(fileURLWithPath: "/p/a.jpg")])
        #expect(location.stateFile.path == "/runs/sam.json")
        #expect(location.fixedFolder.path == "/runs/fixed")
    }

    @Test func aStateFileOfAnotherGroupIsRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        let location = UploadStateLocation(explicit: folder.appendingPathComponent("s.json").path, photos: [])
        let store = try location.openStore(api: .v3, groupName: "Sam")
        try await store.update { $0.groupID = "g-1" }
        #expect(throws: ManifestError.self) { try location.openStore(api: .v3, groupName: "Alex") }
        #expect(throws: ManifestError.self) { try location.openStore(api: .v2, groupName: "Sam") }
        #expect(try await location.openStore(api: .v3, groupName: "Sam").current.groupID == "g-1")
    }
}
