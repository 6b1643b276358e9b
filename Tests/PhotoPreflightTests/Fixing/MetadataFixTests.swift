import Foundation
import PhotoPreflight
import Testing

/// Metadata is stripped by default (GPS above all), EXIF kept minus orientation on request, ICC kept.
struct MetadataFixTests {
    private static let exifHeader = Array("Exif\0\0".utf8)

    /// Whether a TIFF block's IFD0 has `tag`, parsed independently of the library.
    private static func ifd0Tags(_ tiff: [UInt8]) -> [UInt16: UInt16] {
        let little = tiff[0] == 0x49
        func u16(_ at: Int) -> UInt16 {
            little ? UInt16(tiff[at]) | UInt16(tiff[at + 1]) << 8 : UInt16(tiff[at]) << 8 | UInt16(tiff[at + 1])
        }
        let first = Int(u16(little ? 4 : 6)) | Int(u16(little ? 6 : 4)) << 16
        var tags: [UInt16: UInt16] = [:]
        for index in 0..<Int(u16(first)) {
            let entry = first + 2 + index * 12
            tags[u16(entry)] = u16(entry + 8)
        }
        return tags
    }

    private static func exifBlocks(_ jpeg: [UInt8]) -> [[UInt8]] {
        FixTestImages.jpegSegments(jpeg).filter { $0.marker == 0xE1 && $0.payload.starts(with: exifHeader) }
            .map { Array($0.payload.dropFirst(6)) }
    }

    private static func photo(orientation: Int, size: Int = 640) throws -> [UInt8] {
        try ImageEncoder.jpeg(
            FixTestImages.noisy(width: size, height: size), quality: 90, iccProfile: nil,
            exif: FixTestImages.exif(orientation: orientation, gps: true))
    }

    @Test(arguments: [1, 6])
    func outputHasNoGPSByDefault(orientation: Int) throws {
        let input = try Self.photo(orientation: orientation)
        #expect(Self.ifd0Tags(Self.exifBlocks(input)[0])[0x8825] != nil, "the input has a GPS directory")
        let fixed = PhotoFixer().fix(bytes: input, name: "gps.jpg")
        let output = try #require(fixed.bytes)
        #expect(Self.exifBlocks(output).isEmpty)
        #expect(!output.contains(sequence: Array("Exif".utf8)))
        #expect(fixed.report.strippedMetadata.contains("GPS"))
        #expect(fixed.report.strippedMetadata.contains("EXIF"))
    }

    @Test func commentsAndXMPAreStrippedWithoutReencoding() throws {
        var input = try Self.photo(orientation: 1)
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, 0x07] + Array("hello".utf8)
        let xmpPayload = Array("http://ns.adobe.com/xap/1.0/\0<x/>".utf8)
        let xmp: [UInt8] = [0xFF, 0xE1, 0x00, UInt8(xmpPayload.count + 2)] + xmpPayload
        input.insert(contentsOf: comment + xmp, at: 2)
        let fixed = PhotoFixer().fix(bytes: input, name: "c.jpg")
        let output = try #require(fixed.bytes)
        let markers = FixTestImages.jpegSegments(output).map(\.marker)
        #expect(!markers.contains(0xFE) && !markers.contains(0xE1))
        #expect(fixed.report.quality == nil, "upright and small enough: compressed pixels are kept")
        let samePixels = try FixTestImages.decodeRGB(output) == (try FixTestImages.decodeRGB(input))
        #expect(samePixels)
    }

    @Test func bytesAfterTheEndOfImageAreDropped() throws {
        let photo = try Self.photo(orientation: 1)
        let trailer = try ImageEncoder.jpeg(FixTestImages.noisy(width: 64, height: 64), quality: 50)
        let fixed = PhotoFixer().fix(bytes: photo + trailer, name: "mpo.jpg")
        let output = try #require(fixed.bytes)
        #expect(Array(output.suffix(2)) == [0xFF, 0xD9])
        #expect(output.count < photo.count, "the EXIF block and the appended image are gone")
        #expect(fixed.report.strippedMetadata.contains("trailing data"))
    }

    @Test(arguments: [1, 6])
    func keepMetadataKeepsEXIFWithOrientationOne(orientation: Int) throws {
        var options = FixOptions()
        options.keepsMetadata = true
        let fixed = PhotoFixer(options: options).fix(bytes: try Self.photo(orientation: orientation), name: "k.jpg")
        let blocks = Self.exifBlocks(try #require(fixed.bytes))
        #expect(blocks.count == 1)
        let tags = Self.ifd0Tags(try #require(blocks.first))
        #expect(tags[0x0112] == 1)
        #expect(tags[0x8825] != nil, "--keep-metadata keeps the rest of EXIF")
    }

    /// An ICC v2 RGB display profile with one private tag of 400 pseudo-random bytes: valid enough for
    /// libpng's checks (which also reject profiles that compress to almost nothing).
    private static func syntheticRGBProfile() -> [UInt8] {
        let blobSize = 400, total = 128 + 16 + blobSize
        var profile = [UInt8](repeating: 0, count: 128)
        func put(_ text: String, at offset: Int) {
            profile.replaceSubrange(offset..<(offset + 4), with: Array(text.utf8))
        }
        func put(_ value: Int, at offset: Int) {
            for i in 0..<4 { profile[offset + i] = UInt8(value >> (24 - 8 * i) & 0xFF) }
        }
        put(total, at: 0)
        put(0x0210_0000, at: 8)
        put("mntr", at: 12)
        put("RGB ", at: 16)
        put("XYZ ", at: 20)
        put("acsp", at: 36)
        put(0x0000_F6D6, at: 68)  // D50 illuminant
        put(0x0001_0000, at: 72)
        put(0x0000_D32D, at: 76)
        profile +=
            [0, 0, 0, 1] + Array("zzzz".utf8) + [0, 0, 0, 144, 0, 0, UInt8(blobSize >> 8), UInt8(blobSize & 0xFF)]
        var state: UInt32 = 7
        for _ in 0..<blobSize {
            state = state &* 1_103_515_245 &+ 12345
            profile.append(UInt8(state >> 24))
        }
        return profile
    }

    @Test func iccProfileIsKeptInJPEGAndPNG() throws {
        let profile = Self.syntheticRGBProfile()
        let raster = FixTestImages.asymmetric(width: 700, height: 560)
        for input in [
            try ImageEncoder.jpeg(raster, quality: 90, iccProfile: profile),
            try ImageEncoder.png(raster, iccProfile: profile),
        ] {
            let original = try ImageDecoder.decode(input, request: DecodeRequest(readsICCProfile: true))
            let embedded = original.iccProfile == profile
            #expect(embedded, "the encoder embeds the profile")
            var options = FixOptions()
            options.maxSide = 512  // forces re-encoding
            let output = try #require(PhotoFixer(options: options).fix(bytes: input, name: "icc").bytes)
            let decoded = try ImageDecoder.decode(output, request: DecodeRequest(readsICCProfile: true))
            let kept = decoded.iccProfile == profile
            #expect(kept, "the fixed copy keeps it")
            #expect(decoded.header.hasICCProfile)
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func contains(sequence: [UInt8]) -> Bool {
        guard sequence.count <= count else { return false }
        return (0...(count - sequence.count)).contains { self[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }
}
