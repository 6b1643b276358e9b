import Foundation
import PhotoPreflight
import TestSupport
import Testing

struct DecoderTests {
    private func decode(
        _ fixture: String, _ request: DecodeRequest = DecodeRequest(layout: .rgb)
    ) throws -> DecodedImage {
        try ImageDecoder.decode(try RepositoryPaths.fixtureBytes(fixture), request: request)
    }

    private func meanColor(_ raster: Raster) -> [Double] {
        (0..<raster.channels).map { c in
            stride(from: c, to: raster.pixels.count, by: raster.channels).reduce(0.0) { $0 + Double(raster.pixels[$1]) }
                / Double(raster.width * raster.height)
        }
    }

    @Test func decodesEveryJPEGVariantToTheSameColours() throws {
        let reference = meanColor(try decode("pass/portrait.jpg").raster)
        for variant in ["pass/progressive.jpg", "pass/arithmetic.jpg", "pass/restart-markers.jpg", "pass/cmyk.jpg"] {
            let image = try decode(variant)
            #expect(image.raster.width == 600 && image.raster.height == 800 && image.raster.channels == 3)
            for (a, b) in zip(meanColor(image.raster), reference) {
                #expect(abs(a - b) < 4, "\(variant) mean colour \(a) vs \(b)")
            }
        }
    }

    @Test func readsJPEGHeaderFacts() throws {
        #expect(try decode("pass/progressive.jpg").header.isInterlaced)
        #expect(try decode("pass/arithmetic.jpg").header.isArithmeticCoded)
        let cmyk = try decode("pass/cmyk.jpg").header
        #expect(cmyk.components == 4 && cmyk.colorDescription.contains("Adobe"))
        #expect(try decode("pass/grayscale.jpg").header.components == 1)
    }

    @Test func decodesEveryPNGVariantToTheSamePixels() throws {
        let reference = try decode("pass/portrait.png").raster
        for variant in ["pass/rgb16-interlaced.png", "pass/exif-orientation-6.png"] {
            var image = try decode(variant)
            image.raster = image.raster.applying(image.header.orientation ?? .up)
            #expect(image.raster == reference, "\(variant) differs from the 8-bit RGB reference")
        }
        let rgba = try decode("pass/rgba.png")
        #expect(rgba.header.hasAlpha)
        // The transparent top band is composited onto white.
        #expect(rgba.raster.pixels[0..<(600 * 3 * 40)].allSatisfy { $0 == 255 })
        let palette = try decode("pass/palette-trns.png")
        #expect(palette.header.colorDescription == "palette" && palette.header.hasAlpha)
    }

    @Test func scalesJPEGInTheDCTDomainKeepingTheShortSide() throws {
        let image = try decode("pass/portrait.jpg", DecodeRequest(minimumShortSide: 256, layout: .gray))
        #expect(image.scaleDenominator == 2)
        #expect(image.raster.width == 300 && image.raster.height == 400 && image.raster.channels == 1)
        let full = try decode("pass/portrait.jpg", DecodeRequest(minimumShortSide: 512, layout: .gray))
        #expect(full.scaleDenominator == 1)
    }

    @Test func refusesPixelBombsBeforeDecoding() throws {
        let bytes = try RepositoryPaths.fixtureBytes("fail/pixel-bomb.png")
        #expect(throws: DecodeError.self) { try ImageDecoder.decode(bytes) }
        do {
            _ = try ImageDecoder.decode(bytes)
        } catch {
            #expect(error.kind == .tooManyPixels)
            #expect(error.header?.width == 60000 && error.header?.height == 60000)
        }
        // With a higher limit the header is accepted and the missing data shows as corruption.
        do {
            _ = try ImageDecoder.decode(bytes, request: DecodeRequest(maxPixels: 4_000_000_000))
        } catch {
            #expect(error.kind == .corrupt || error.kind == .outOfMemory)
        }
    }

    @Test func readsHeaderWithoutPixels() throws {
        let header = try RepositoryPaths.fixtureBytes("pass/exif-orientation-6.jpg").withUnsafeBytes {
            try ImageDecoder.readHeader($0)
        }
        #expect(header.width == 800 && header.height == 600 && header.orientation == .right)
        #expect(header.displayedSize.width == 600 && header.displayedSize.height == 800)
    }

    @Test func rejectsOtherFormatsNamingThem() throws {
        // WebP, HEIF and AVIF decode now (see ConvertedDecoderTests); GIF, BMP and TIFF are still refused.
        for (fixture, name) in [
            ("format/portrait.bmp", "BMP"), ("format/portrait.gif", "GIF"), ("format/portrait.tiff", "TIFF"),
        ] {
            do {
                _ = try decode(fixture)
                Issue.record("\(fixture) decoded")
            } catch let error as DecodeError {
                #expect(error.kind == .notJPEGOrPNG && error.message.contains(name))
            }
        }
    }
}
