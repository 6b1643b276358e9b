import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// The HEIF, WebP and AVIF decoders: damaged and truncated files fail cleanly as corrupt, oversized
/// headers are refused before any pixel memory is allocated, and headers read without decoding.
struct ConvertedDecoderTests {
    static let goodFixtures = [
        "convert/heic-irot.heic", "convert/display-p3.heic", "convert/alpha.webp", "convert/animated.webp",
        "convert/avif-irot.avif",
    ]
    static let damagedFixtures = [
        "corrupt/truncated.heic", "corrupt/damaged.heic", "corrupt/truncated.webp", "corrupt/damaged.webp",
        "corrupt/truncated.avif", "corrupt/damaged.avif",
    ]

    @Test(arguments: damagedFixtures)
    func damagedFilesAreCorrupt(fixture: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes(fixture)
        #expect(throws: DecodeError.self) { try ImageDecoder.decode(bytes) }
        let report = Preflight().check(bytes: bytes, name: fixture)
        #expect(report.has("corrupt"), "\(fixture): \(report.findings.map(\.message))")
    }

    @Test(arguments: goodFixtures)
    func truncatedCopiesAreCorrupt(fixture: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes(fixture)
        let preflight = Preflight()
        var lengths = Set((1..<24).map { bytes.count * $0 / 24 })
        lengths.formUnion([bytes.count - 1, bytes.count - 16, 32])
        for length in lengths.sorted() where length >= 32 {
            let report = preflight.check(bytes: Array(bytes.prefix(length)), name: fixture)
            #expect(report.has("corrupt"), "\(fixture) cut at \(length): \(report.findings.map(\.message))")
        }
    }

    @Test func randomDamageNeverCrashes() throws {
        try TruncationTests.damageRandomly(Self.goodFixtures, seed: 12, copies: 10)
    }

    /// Each bomb is a few hundred bytes whose header declares 100,000 × 100,000 pixels: the refusal names
    /// that size, so it came from the header, before any decoder allocated 40 GB.
    @Test(arguments: ["fail/pixel-bomb.heic", "fail/pixel-bomb.avif", "fail/pixel-bomb.webp"])
    func headersDeclaringTenGigapixelsAreRefusedBeforeAllocation(fixture: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes(fixture)
        #expect(bytes.count < 1000)
        do {
            _ = try ImageDecoder.decode(bytes)
            Issue.record("\(fixture) decoded")
        } catch {
            #expect(error.kind == .tooManyPixels)
            #expect(error.header?.width == 100_000 && error.header?.height == 100_000)
        }
        let report = Preflight().check(bytes: bytes, name: fixture)
        #expect(report.has("too-many-pixels") && !report.has("corrupt"))
        // fix would refuse it too, so the format finding must not send the user there.
        let format = report.findings.first { $0.rule == "format" }?.message ?? ""
        #expect(format.contains("fix cannot convert it") && !format.contains("run fix"), "\(format)")
    }

    @Test func headersReportFramesAlphaAndMetadata() throws {
        func header(_ fixture: String) throws -> ImageHeader {
            try RepositoryPaths.fixtureBytes(fixture).withUnsafeBytes { try ImageDecoder.readHeader($0) }
        }
        #expect(try header("convert/animated.webp").frameCount == 2)
        #expect(try header("convert/alpha.webp").hasAlpha)
        #expect(try header("convert/display-p3.heic").hasICCProfile)
        let exif = try header("convert/heic-exif-orientation-6.heic")
        #expect(exif.hasMetadata && exif.orientation == nil && exif.width == 600 && exif.height == 800)
        let avif = try header("convert/avif-irot.avif")
        #expect(avif.width == 800 && avif.height == 600 && avif.orientation == .left)
        #expect(try header("convert/heic-irot.heic").width == 600, "libheif reports the turned size")
    }

    /// A grid derived from itself (found by fuzzing) is refused as corrupt before libheif follows the cycle,
    /// also when its `meta` box is written with a 64-bit size, which the box walk must read too.
    @Test(arguments: [false, true])
    func gridsDerivedFromThemselvesAreCorrupt(metaWithLargeSize: Bool) throws {
        var bytes = try RepositoryPaths.fixtureBytes("fuzz/heif/oom-grid-derived-from-itself.heic")
        if metaWithLargeSize { bytes = try Self.rewritingMetaWithLargeSize(bytes) }
        do {
            _ = try ImageDecoder.decode(bytes)
            Issue.record("the self-derived grid decoded")
        } catch {
            #expect(error.kind == .corrupt)
            #expect(error.message.contains("references itself"), "\(error.message)")
        }
    }

    /// The file with its top-level `meta` box's 32-bit size replaced by size 1 and a 64-bit size after the
    /// type, as ISO/IEC 14496-12 allows for any box.
    static func rewritingMetaWithLargeSize(_ bytes: [UInt8]) throws -> [UInt8] {
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        var position = 0
        while position + 8 <= bytes.count, be32(position) >= 8 {
            let size = be32(position)
            if bytes[position + 4..<position + 8].elementsEqual("meta".utf8) {
                let largeSize = UInt64(size + 8)
                let largeSizeBytes = (0..<8).reversed().map { UInt8(truncatingIfNeeded: largeSize >> (8 * $0)) }
                let header = [0, 0, 0, 1] + Array("meta".utf8) + largeSizeBytes
                return Array(bytes[..<position]) + header + Array(bytes[(position + 8)...])
            }
            position += size
        }
        throw CocoaError(.fileReadCorruptFile)
    }
}
