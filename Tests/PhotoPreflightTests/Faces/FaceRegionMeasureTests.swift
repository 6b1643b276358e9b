import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// A detector that reports one fixed box (working pixels as a fraction of the image), or none.
struct FixedFaceDetector: FaceDetecting {
    /// The box as fractions of the working image's width and height; `nil` finds no face.
    var fractions: FaceBox?

    func detectFaces(in image: Raster, thresholds: FaceRuleThresholds, scaleToOriginal: Double) throws -> [DetectedFace]
    {
        guard let fractions else { return [] }
        let (width, height) = (Double(image.width), Double(image.height))
        let box = FaceBox(
            x: fractions.x * width, y: fractions.y * height, width: fractions.width * width,
            height: fractions.height * height)
        return [DetectedFace(box: box, score: 1.5, pose: .frontal)]
    }
}

/// The face measures of the face check, on the fixture portrait with a fixed face box, as made and degraded.
struct FaceRegionMeasureTests {
    /// A face box in the middle of the fixture, in fractions of the image.
    static let box = FaceBox(x: 0.3, y: 0.25, width: 0.4, height: 0.3)

    /// `Fixtures/pass/portrait.jpg` with `change` applied to every stored RGB value, as PNG bytes.
    static func portrait(_ change: (Double) -> Double = { $0 }) throws -> [UInt8] {
        let decoded = try ImageDecoder.decode(
            try RepositoryPaths.fixtureBytes("pass/portrait.jpg"), request: DecodeRequest(layout: .rgb))
        var raster = decoded.raster
        let table = (0..<256).map { UInt8(max(0, min(255, change(Double($0)).rounded()))) }
        raster.pixels = raster.pixels.map { table[Int($0)] }
        return try ImageEncoder.png(raster)
    }

    static func check(_ bytes: [UInt8], face: FaceBox? = box) -> PhotoReport {
        var configuration = PreflightConfiguration()
        configuration.faceDetector = FixedFaceDetector(fractions: face)
        return Preflight(configuration: configuration).check(bytes: bytes, name: "portrait.png")
    }

    @Test func measuresTheFaceBesideTheWholeFrame() throws {
        let metrics = try #require(Self.check(try Self.portrait()).metrics)
        let skin = try #require(metrics.faceSkinBrightness)
        #expect(skin > 0 && skin < 255)
        #expect(try #require(metrics.faceBrightness) > 0)
        #expect(try #require(metrics.faceContrast) > 0)
        #expect(try #require(metrics.faceSharpness) > 0)
        #expect(try #require(metrics.faceHighlightClipping) < 0.05 && #require(metrics.faceShadowClipping) < 0.05)
        let unmeasured = try #require(Self.check(try Self.portrait(), face: nil).metrics)
        #expect(unmeasured.faceSkinBrightness == nil && unmeasured.faceSharpness == nil)
    }

    @Test func aBrightenedFaceMeasuresBrighterAndClipped() throws {
        let original = try #require(Self.check(try Self.portrait()).metrics)
        let gained = try #require(Self.check(try Self.portrait { $0 * 2.2 }).metrics)
        #expect(try #require(gained.faceSkinBrightness) > (original.faceSkinBrightness ?? 255) + 40)
        #expect(try #require(gained.faceHighlightClipping) > 0.05)
    }

    @Test func aCrushedPhotoWithoutAFaceIsTooDarkAsWellAsFaceless() throws {
        // Gamma 4.5 on the stored values: the detector sees no face; the user must still learn it is too dark.
        let report = Self.check(try Self.portrait { 255 * pow($0 / 255, 4.5) }, face: nil)
        #expect(report.has(NoFaceRule.id))
        let dark = try #require(report.findings.first { $0.rule == TooDarkRule.id })
        #expect(dark.message.contains("no face found"))
        // The untouched portrait with no face found is faceless only.
        #expect(Self.check(try Self.portrait(), face: nil).findings.map(\.rule) == [NoFaceRule.id])
    }
}
