import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// The model cache: written once, mapped later, rebuilt (never trusted) when damaged.
@Suite(.enabled(if: SharedLandmarks.unavailableReason == nil, "dlib's 68-point model is missing"), .serialized)
struct LandmarkCacheTests {
    /// A face-like gray test card: the locator runs on any pixels, which is all these tests need.
    static let card = Raster(
        width: 400, height: 400, channels: 1,
        pixels: (0..<160_000).map { UInt8(truncatingIfNeeded: ($0 % 400) / 3 + ($0 / 400) / 5) })
    static let box = FaceBox(x: 100, y: 100, width: 200, height: 200)

    private func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "landmark-cache-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func locate(_ store: LandmarkModelStore) throws -> (points: [FacePoint], source: LandmarkModelStore.Source?)
    {
        let locator = DlibLandmarkLocator(store: store)
        let points = try locator.locateLandmarks(in: Self.card, face: Self.box)
        return (points, locator.modelSource)
    }

    @Test func writesTheCacheOnceAndMapsItLaterWithTheSamePoints() throws {
        let folder = try freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = LandmarkModelStore(cacheFolder: folder)
        let first = try locate(store)
        #expect(first.source == .modelFileCached)
        let cache = try #require(store.cacheFile)
        #expect(FileManager.default.fileExists(atPath: cache.path))
        let second = try locate(store)
        #expect(second.source == .cache)
        #expect(second.points == first.points)
    }

    @Test(arguments: ["truncated", "header", "structure", "empty", "garbage"])
    func rebuildsADamagedCache(damage: String) throws {
        let folder = try freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = LandmarkModelStore(cacheFolder: folder)
        let expected = try locate(store).points
        let cache = try #require(store.cacheFile)
        var bytes = try Data(contentsOf: cache)
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "header": bytes[9] ^= 0xFF  // the version
        case "structure": bytes[64 + 4 * 136 + 10] ^= 0x5A  // an anchor index
        case "empty": bytes = Data()
        default: bytes = Data(repeating: 0x41, count: 4096)
        }
        try bytes.write(to: cache)
        let rebuilt = try locate(store)
        #expect(rebuilt.source == .modelFileCached)
        #expect(rebuilt.points == expected)
        #expect(try locate(store).source == .cache)
    }

    @Test func aStaleCacheIsRebuilt() throws {
        let folder = try freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = LandmarkModelStore(cacheFolder: folder)
        _ = try locate(store)
        // The same cache claimed by another model file (a copy has another modification time).
        let copy = folder.appendingPathComponent("shape_predictor_68_face_landmarks.dat")
        try FileManager.default.copyItem(atPath: LandmarkModelStore.debianModelPath, toPath: copy.path)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1)], ofItemAtPath: copy.path)
        let other = LandmarkModelStore(modelPath: copy.path, cacheFolder: folder)
        #expect(other.cacheFile == store.cacheFile)
        #expect(try locate(other).source == .modelFileCached)
    }

    @Test func usesTheModelFromMemoryWhenTheCacheCannotBeWritten() throws {
        let folder = try freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file where the cache folder should be: nothing can be written under it.
        let blocked = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocked)
        let result = try locate(LandmarkModelStore(cacheFolder: blocked))
        guard case .modelFileOnly = result.source else {
            Issue.record("expected the in-memory model, got \(String(describing: result.source))")
            return
        }
        #expect(result.points.count == 68)
    }

    @Test func aMissingModelIsReportedOnceAndNotRetried() {
        let notices = NoticeLog()
        let locator = DlibLandmarkLocator(
            store: LandmarkModelStore(modelPath: "/nonexistent/model.dat", cacheFolder: nil),
            notice: { notices.append($0) })
        for _ in 0..<3 {
            #expect(throws: LandmarkModelError.modelMissing(path: "/nonexistent/model.dat")) {
                try locator.locateLandmarks(in: Self.card, face: Self.box)
            }
        }
        #expect(notices.lines.count == 1)
        #expect(notices.lines.first?.contains("libdlib-data") == true)
    }

    @Test func cacheFolderFollowsXDG() {
        #expect(
            LandmarkModelStore.defaultCacheFolder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.path
                == "/c/photo-preflight")
        #expect(
            LandmarkModelStore.defaultCacheFolder(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"])?.path
                == "/h/.cache/photo-preflight")
        #expect(LandmarkModelStore.defaultCacheFolder(environment: [:]) == nil)
    }
}

/// Lines a notice callback received, from any thread.
final class NoticeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
