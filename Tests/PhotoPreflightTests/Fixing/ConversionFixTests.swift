import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// `fix` converts HEIC/HEIF, WebP and AVIF to JPEG: upright (orientation applied exactly once), colours in
/// sRGB, alpha flattened, an animation's first frame, metadata gone, and a copy that passes `check`.
///
/// Pixels are compared with the image the fixtures were generated from: pass/portrait.png (the same
/// synthetic portrait) with the 200×200 red block scripts/make-fixtures puts in its top-left corner, both
/// reduced by area averaging to 75×100 so that what is compared is the picture and not the fine texture the
/// lossy encoders smooth away. Bound: a mean absolute difference of at most
/// 3 levels (of 255) per sample. A copy turned or mirrored the wrong way differs by far more (the negative
/// control below checks that the bound tells them apart).
struct ConversionFixTests {
    static let bound = 3.0
    static let orientationFixtures = [
        "convert/heic-irot.heic", "convert/heic-imir.heic", "convert/heic-exif-orientation-6.heic",
        "convert/display-p3.heic", "convert/avif-irot.avif", "convert/avif-imir.avif", "convert/alpha.webp",
        "convert/animated.webp", "convert/webp-named.jpg",
    ]

    /// The generating image, as `fix` should reproduce it: the transparent top band of alpha.webp is white.
    static func reference(for fixture: String) throws -> Raster {
        var raster = try FixTestImages.decodeRGB(try RepositoryPaths.fixtureBytes("pass/portrait.png"))
        for y in 0..<200 {
            for x in 0..<200 {
                let index = (y * raster.width + x) * 3
                raster.pixels[index..<(index + 3)] = [200, 30, 30]
            }
        }
        if fixture.hasSuffix("alpha.webp") {
            for index in 0..<(40 * raster.width * 3) { raster.pixels[index] = 255 }
        }
        return raster
    }

    static func picture(_ raster: Raster) -> Raster { raster.areaResized(width: 75, height: 100) }

    static func fixed(_ fixture: String) throws -> PhotoFixer.Fixed {
        let bytes = try RepositoryPaths.fixtureBytes(fixture)
        return PhotoFixer().fix(bytes: bytes, name: (fixture as NSString).lastPathComponent)
    }

    @Test(arguments: orientationFixtures)
    func convertsToAnUprightJPEGThatPasses(fixture: String) throws {
        let fixed = try Self.fixed(fixture)
        #expect(fixed.report.outcome == .pass, "\(fixture): \(fixed.report.reason ?? "")")
        #expect(fixed.format == .jpeg)
        let bytes = try #require(fixed.bytes)
        let recheck = Preflight().check(bytes: bytes, name: "copy.jpg")
        #expect(recheck.verdict == .pass, "\(fixture): \(recheck.findings.map(\.message))")
        #expect(recheck.format == "jpeg" && recheck.orientation == nil)
        let output = try FixTestImages.decodeRGB(bytes)
        #expect(output.width == 600 && output.height == 800)
        let difference = FixTestImages.meanDifference(
            Self.picture(output), Self.picture(try Self.reference(for: fixture)))
        #expect(difference <= Self.bound, "\(fixture): mean absolute difference \(difference)")
        #expect(fixed.report.actions.first?.kind == "convert")
    }

    @Test func theBoundTellsAWrongTurnApart() throws {
        let reference = try Self.reference(for: "")
        let mirrored = reference.applying(.upMirrored), upsideDown = reference.applying(.down)
        for wrong in [mirrored, upsideDown] {
            #expect(FixTestImages.meanDifference(Self.picture(wrong), Self.picture(reference)) > 4 * Self.bound)
        }
    }

    @Test func heicEXIFOrientationIsIgnoredAndStripped() throws {
        let fixed = try Self.fixed("convert/heic-exif-orientation-6.heic")
        #expect(!fixed.report.actions.contains { $0.kind == "orient" })
        #expect(fixed.report.strippedMetadata.contains("EXIF"))
        let bytes = try #require(fixed.bytes)
        let marker = Array("Exif\0\0".utf8)
        #expect(!(0...(bytes.count - marker.count)).contains { bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
    }

    @Test func avifTransformsAreAppliedByOurCode() throws {
        let irot = try Self.fixed("convert/avif-irot.avif").report.actions.first { $0.kind == "orient" }
        #expect(irot?.detail.contains("AVIF irot/imir") == true)
        #expect(irot?.detail.contains("counter-clockwise") == true)
        let imir = try Self.fixed("convert/avif-imir.avif").report.actions.first { $0.kind == "orient" }
        #expect(imir?.detail.contains("mirror vertically") == true)
    }

    @Test func displayP3IsConvertedToSRGB() throws {
        let fixed = try Self.fixed("convert/display-p3.heic")
        #expect(fixed.report.actions.contains { $0.kind == "colour" && $0.detail.contains("to sRGB") })
        let bytes = try #require(fixed.bytes)
        #expect(try ImageDecoder.decode(bytes, request: DecodeRequest(readsICCProfile: true)).iccProfile == nil)
        // In colour, on the saturated red block: the converted copy matches the sRGB original, while the P3
        // pixels as stored, read as sRGB, do not.
        func block(_ raster: Raster) -> Raster {
            // Inside the block, away from its edges (and below alpha.webp's band): x 20..<180, y 60..<180.
            var pixels: [UInt8] = []
            for y in 60..<180 {
                let start = (y * raster.width + 20) * 3
                pixels += raster.pixels[start..<(start + 160 * 3)]
            }
            return Raster(width: 160, height: 120, channels: 3, pixels: pixels)
        }
        let reference = block(try Self.reference(for: ""))
        let converted = FixTestImages.meanDifference(block(try FixTestImages.decodeRGB(bytes)), reference)
        let stored = try FixTestImages.decodeRGB(try RepositoryPaths.fixtureBytes("convert/display-p3.heic"))
        let unconverted = FixTestImages.meanDifference(block(stored), reference)
        #expect(converted <= Self.bound && unconverted > 3 * Self.bound, "\(converted) vs \(unconverted)")
    }

    @Test func alphaIsFlattenedOntoTheBackground() throws {
        var options = FixOptions()
        options.background = 0x000000
        let bytes = try RepositoryPaths.fixtureBytes("convert/alpha.webp")
        let fixed = PhotoFixer(options: options).fix(bytes: bytes, name: "alpha.webp")
        #expect(fixed.report.actions.contains { $0.kind == "flatten-alpha" && $0.detail.contains("#000000") })
        let output = try FixTestImages.decodeRGB(try #require(fixed.bytes))
        let band = output.pixels[(10 * 600 * 3)..<(20 * 600 * 3)]
        #expect(Double(band.reduce(0) { $0 + Int($1) }) / Double(band.count) < 8, "the top band is black")
    }

    @Test func anAnimationKeepsItsFirstFrameWithAWarning() throws {
        let fixed = try Self.fixed("convert/animated.webp")
        let warning = fixed.report.actions.first { $0.kind == "first-frame" }
        #expect(warning?.detail.contains("2 frames") == true)
        let check = Preflight().check(fileAt: RepositoryPaths.fixture("convert/animated.webp"))
        #expect(check.findings.first { $0.rule == "format" }?.message.contains("fix keeps the first") == true)
    }

    @Test func checkSaysConvertibleAndStillAnalyses() throws {
        for fixture in Self.orientationFixtures {
            let report = Preflight().check(fileAt: RepositoryPaths.fixture(fixture))
            let format = report.findings.first { $0.rule == "format" }
            #expect(format?.severity == .error)
            #expect(format?.message.contains("convertible: run fix") == true)
            #expect(report.metrics != nil, "\(fixture) was analysed")
            #expect(report.displayWidth == 600 && report.displayHeight == 800, "\(fixture) displayed upright")
        }
    }

    @Test func otherFormatsAreStillNotFixed() throws {
        let fixed = PhotoFixer().fix(bytes: try RepositoryPaths.fixtureBytes("format/portrait.gif"), name: "x.gif")
        #expect(fixed.report.outcome == .notFixed && fixed.bytes == nil)
        #expect(fixed.report.reason?.contains("HEIC/HEIF, WebP and AVIF converted") == true)
    }
}
