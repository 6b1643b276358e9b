import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// Every EXIF orientation is applied to the pixels and the tag dropped.
struct OrientationFixTests {
    /// Where stored row 0 and stored column 0 end up on screen, as EXIF 2.3 (tag 0x0112) defines each value.
    private enum Side { case top, bottom, left, right }
    private static let definition: [Int: (row0: Side, column0: Side)] = [
        1: (.top, .left), 2: (.top, .right), 3: (.bottom, .right), 4: (.bottom, .left),
        5: (.left, .top), 6: (.right, .top), 7: (.right, .bottom), 8: (.left, .bottom),
    ]

    /// The upright image a viewer shows for `stored` tagged with `orientation`, rendered from the definition.
    private static func reference(_ stored: Raster, orientation: Int) -> Raster {
        let (row0, column0) = definition[orientation]!
        let w = stored.width, h = stored.height, c = stored.channels
        let transposed = row0 == .left || row0 == .right
        let outWidth = transposed ? h : w, outHeight = transposed ? w : h
        var pixels = [UInt8](repeating: 0, count: stored.pixels.count)
        for y in 0..<h {
            for x in 0..<w {
                let (dx, dy): (Int, Int)
                if transposed {
                    dx = row0 == .left ? y : h - 1 - y
                    dy = column0 == .top ? x : w - 1 - x
                } else {
                    dx = column0 == .left ? x : w - 1 - x
                    dy = row0 == .top ? y : h - 1 - y
                }
                for k in 0..<c { pixels[(dy * outWidth + dx) * c + k] = stored.pixels[(y * w + x) * c + k] }
            }
        }
        return Raster(width: outWidth, height: outHeight, channels: c, pixels: pixels)
    }

    @Test(arguments: 1...8)
    func pngOrientationIsAppliedPixelExactly(orientation: Int) throws {
        let stored = FixTestImages.asymmetric(width: 40, height: 24)
        let input = try ImageEncoder.png(
            stored, iccProfile: nil, exif: FixTestImages.exif(orientation: orientation, gps: false))
        let fixed = PhotoFixer().fix(bytes: input, name: "o\(orientation).png")
        let output = try #require(fixed.bytes)
        #expect(fixed.format == .png)
        let matches = try FixTestImages.decodeRGB(output) == Self.reference(stored, orientation: orientation)
        #expect(matches)
        let header = try output.withUnsafeBytes { try ImageDecoder.readHeader($0) }
        #expect(header.orientation == nil, "the orientation tag is dropped")
        #expect(fixed.report.before?.orientation == orientation)
        #expect(fixed.report.actions.contains { $0.kind == "orient" } == (orientation != 1))
    }

    @Test(arguments: 1...8, [true, false])
    func jpegOrientationIsAppliedWithinJPEGTolerance(orientation: Int, littleEndian: Bool) throws {
        let input = try ImageEncoder.jpeg(
            FixTestImages.asymmetric(width: 96, height: 64), quality: 95, iccProfile: nil,
            exif: FixTestImages.exif(orientation: orientation, gps: false, littleEndian: littleEndian))
        let stored = try FixTestImages.decodeRGB(input)
        let fixed = PhotoFixer().fix(bytes: input, name: "o.jpg")
        let upright = try FixTestImages.decodeRGB(try #require(fixed.bytes))
        let expected = Self.reference(stored, orientation: orientation)
        #expect(upright.width == expected.width && upright.height == expected.height)
        #expect(FixTestImages.meanDifference(upright, expected) < 2.5)
        if orientation != 1 {
            // The bound means something: the stored pixels, or the wrong turn, are far away.
            let wrong = Self.reference(stored, orientation: orientation == 6 ? 8 : 6)
            if wrong.width == upright.width {
                #expect(FixTestImages.meanDifference(upright, wrong) > 20)
            }
        }
    }

    /// The corpus's recurser set shows one photo stored in every orientation; upright outputs must have
    /// the manifest's oriented size and agree with each other.
    @Test(.enabled(if: RepositoryPaths.corpus != nil, "../shared/corpus not found beside the checkout"))
    func corpusOrientationSetComesOutUpright() throws {
        let corpus = try #require(RepositoryPaths.corpus)
        let manifest = try String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        let rows = manifest.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let header = rows[0].map(String.init)
        let pathColumn = try #require(header.firstIndex(of: "path"))
        let widthColumn = try #require(header.firstIndex(of: "oriented_width"))
        let heightColumn = try #require(header.firstIndex(of: "oriented_height"))
        var uprights: [String: Raster] = [:]
        for row in rows.dropFirst() where row[pathColumn].hasPrefix("orientation/recurser-Landscape") {
            let path = String(row[pathColumn])
            let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(path)))
            let fixed = PhotoFixer().fix(bytes: bytes, name: path)
            let output = try #require(fixed.bytes, "\(path): \(fixed.report.reason ?? "")")
            let upright = try FixTestImages.decodeRGB(output)
            #expect(upright.width == Int(row[widthColumn]), "\(path)")
            #expect(upright.height == Int(row[heightColumn]), "\(path)")
            uprights[path] = upright.downscaled(toFit: 90)
        }
        let reference = try #require(uprights["orientation/recurser-Landscape_1.jpg"])
        for (path, upright) in uprights {
            #expect(FixTestImages.meanDifference(upright, reference) < 6, "\(path) differs from orientation 1")
        }
    }
}
