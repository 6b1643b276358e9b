import PhotoPreflight
import Testing

/// A detector that finds one face at fixed fractions of whatever image it is shown.
private struct FractionalFaceDetector: FaceDetecting {
    /// Left, top and side of the box, as fractions of the image's width (side), width (x) and height (y).
    var x: Double
    var y: Double
    var side: Double

    func detectFaces(in image: Raster, thresholds: FaceRuleThresholds, scaleToOriginal: Double) throws -> [DetectedFace]
    {
        let width = Double(image.width), height = Double(image.height)
        let box = FaceBox(x: x * width, y: y * height, width: side * width, height: side * width)
        return [DetectedFace(box: box, score: 1.5, pose: .frontal)]
    }
}

/// `fix --frame` cuts the upright pixels: the crop box (upright coordinates) is applied after the EXIF
/// orientation, whatever it is, and before any downscale.
struct FramedPixelsTests {
    @Test(arguments: Orientation.allCases)
    func theCropIsTakenFromTheUprightPixels(orientation: Orientation) throws {
        let stored = FixTestImages.asymmetric(width: 900, height: 700)
        let input = try ImageEncoder.png(
            stored, iccProfile: nil, exif: FixTestImages.exif(orientation: orientation.rawValue, gps: false))
        var configuration = PreflightConfiguration()
        configuration.faceDetector = FractionalFaceDetector(x: 0.3, y: 0.3, side: 0.2)
        var options = FixOptions()
        options.framesFace = true
        let fixed = PhotoFixer(options: options, preflight: Preflight(configuration: configuration))
            .fix(bytes: input, name: "photo.png")
        let crop = try #require(fixed.report.framing?.crop, "\(fixed.report.framing?.detail ?? "no framing")")
        #expect(crop.width == 512 && crop.height == 683)

        let upright = stored.applying(orientation)
        var expected: [UInt8] = []
        for row in crop.y..<crop.maxY {
            let start = (row * upright.width + crop.x) * 3
            expected += upright.pixels[start..<(start + crop.width * 3)]
        }
        let output = try FixTestImages.decodeRGB(try #require(fixed.bytes))
        #expect(output == Raster(width: crop.width, height: crop.height, channels: 3, pixels: expected))
        let kinds = fixed.report.actions.map(\.kind)
        #expect(kinds.prefix(2) == (orientation == .up ? ["frame", "encode"] : ["orient", "frame"]))
        #expect(!kinds.contains("downscale"))
    }

    @Test func theCroppedCopyIsDownscaledToMaxSideAfterTheCrop() throws {
        let input = try ImageEncoder.png(
            FixTestImages.asymmetric(width: 2400, height: 1800), iccProfile: nil, exif: nil)
        var configuration = PreflightConfiguration()
        configuration.faceDetector = FractionalFaceDetector(x: 0.4, y: 0.3, side: 0.2)
        var options = FixOptions()
        options.framesFace = true
        options.maxSide = 1000
        let fixed = PhotoFixer(options: options, preflight: Preflight(configuration: configuration))
            .fix(bytes: input, name: "photo.png")
        let crop = try #require(fixed.report.framing?.crop)
        // A 480 px face: the frame is 1371 px tall, then brought down to 1000.
        #expect(crop.height == 1371)
        #expect(fixed.report.after?.height == 1000)
        let downscale = try #require(fixed.report.actions.first { $0.kind == "downscale" })
        #expect(downscale.detail.hasPrefix("\(crop.width)×\(crop.height) → "))
    }
}
