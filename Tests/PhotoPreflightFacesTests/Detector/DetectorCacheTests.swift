import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import TestSupport
import Testing

/// The detector cache: written after dlib built the detector, used when valid, rebuilt when not.
struct DetectorCacheTests {
    static func freshCache() throws -> DetectorCache {
        DetectorCache(directory: try RepositoryPaths.temporaryFolder("detector-cache").appendingPathComponent("c"))
    }

    static func fileBytes(_ cache: DetectorCache) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: cache.file))
    }

    /// A flat image: any working detector finds no face in it (and a broken one throws).
    static func detectsNothingInAFlatImage(_ detector: DlibFaceDetector) throws -> Bool {
        try detector.detect(width: 200, height: 200, pixels: [UInt8](repeating: 90, count: 40_000)).isEmpty
    }

    @Test func followsXDGThenHomeAndIgnoresRelativePaths() {
        let xdg = DetectorCache.standard(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"])
        #expect(xdg?.file.path == "/x/cache/photo-preflight/frontal-face-detector.bin")
        let home = DetectorCache.standard(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/home/u"])
        #expect(home?.file.path == "/home/u/.cache/photo-preflight/frontal-face-detector.bin")
        #expect(DetectorCache.standard(environment: ["HOME": "relative"]) == nil)
        #expect(DetectorCache.standard(environment: [:]) == nil)
    }

    @Test func creatingADetectorLoadsNothingAndWritesNothing() throws {
        let cache = try Self.freshCache()
        _ = DlibFaceDetector(cache: cache)
        #expect(!FileManager.default.fileExists(atPath: cache.file.path))
    }

    @Test func theFirstDetectionWritesTheCacheAndTheNextProcessUsesIt() throws {
        let cache = try Self.freshCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        let first = DlibFaceDetector(cache: cache)
        #expect(try Self.detectsNothingInAFlatImage(first))
        #expect(try first.prepare() == .compiledIn)
        let written = try Self.fileBytes(cache)
        #expect(written.starts(with: Array("PPFDETv1 dlib=".utf8)))
        #expect(written.count > 100_000 && written.count < 400_000)
        let cached = DlibFaceDetector(cache: cache)
        #expect(try cached.prepare() == .cache)
        #expect(try Self.fileBytes(cache) == written, "a valid cache is read, not rewritten")
        #expect(try Self.detectsNothingInAFlatImage(cached))
    }

    /// Corruptions of a valid cache file: each must be noticed, the detector built from dlib's form and the
    /// file rewritten as it was.
    static let corruptions: [(String, @Sendable ([UInt8]) -> [UInt8])] = [
        ("empty", { _ in [] }),
        ("truncated header", { Array($0.prefix(20)) }),
        ("truncated payload", { Array($0.dropLast(1_000)) }),
        (
            "one payload byte flipped",
            { bytes in
                var bytes = bytes
                bytes[bytes.count / 2] ^= 0x40
                return bytes
            }
        ),
        (
            "another dlib version",
            { bytes in
                Array(
                    String(decoding: bytes.prefix(40), as: UTF8.self).replacingOccurrences(of: "dlib=", with: "dlib=9")
                        .utf8) + bytes.dropFirst(40)
            }
        ),
        ("garbage", { bytes in (0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 31) } }),
    ]

    /// A valid cache file's contents, made once.
    static let validFile: Result<[UInt8], any Error> = Result {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        try DlibFaceDetector(cache: cache).prepare()
        return try fileBytes(cache)
    }

    @Test(arguments: corruptions.indices)
    func aCorruptCacheIsNeverTrustedButRebuilt(corruption: Int) throws {
        let (name, corrupt) = Self.corruptions[corruption]
        let cache = try Self.freshCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        let valid = try Self.validFile.get()
        try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
        try Data(corrupt(valid)).write(to: cache.file)
        let detector = DlibFaceDetector(cache: cache)
        #expect(try detector.prepare() == .compiledIn, "\(name): not trusted")
        #expect(try Self.detectsNothingInAFlatImage(detector), "\(name)")
        #expect(try Self.fileBytes(cache) == valid, "\(name): rewritten")
    }

    @Test func anUnwritableCacheFolderOnlyCostsTime() throws {
        let blocker = try RepositoryPaths.temporaryFolder("detector-cache").appendingPathComponent("file")
        defer { try? FileManager.default.removeItem(at: blocker.deletingLastPathComponent()) }
        try Data("not a folder".utf8).write(to: blocker)
        let detector = DlibFaceDetector(cache: DetectorCache(directory: blocker))
        #expect(try Self.detectsNothingInAFlatImage(detector))
    }

    @Test(
        .enabled(if: CorpusFaceInputs.unavailableReason == nil, "\(CorpusFaceInputs.unavailableReason ?? "")"),
        arguments: CorpusFaceInputs.photos { $0.faces >= 1 }.prefix(6))
    func theCachedDetectorFindsTheSameFacesAsDlibsOwn(photo: CorpusPhoto) throws {
        let cache = try Self.freshCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        try DlibFaceDetector(cache: cache).prepare()
        let cached = DlibFaceDetector(cache: cache)
        #expect(try cached.prepare() == .cache)
        let image = try photo.load()
        let expected = try SharedDetector.faces(in: image)
        #expect(try cached.findFaces(width: image.width, height: image.height, pixels: image.pixels) == expected)
    }
}
