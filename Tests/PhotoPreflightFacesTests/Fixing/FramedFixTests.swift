import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import TestSupport
import Testing

/// `fix --frame` end to end with dlib: a real corpus portrait placed in a larger canvas, off-centre or small,
/// is cropped so that the fixed copy passes the face rules under the same check as `check`.
@Suite(.enabled(if: RepositoryPaths.corpus != nil, "needs ../shared/corpus"))
struct FramedFixTests {
    /// Where the portrait goes and which face rule the unframed copy fails.
    struct Placement: Sendable, CustomTestStringConvertible {
        var name: String
        var canvasWidth: Int
        var canvasHeight: Int
        var x: Int
        var y: Int
        /// The rule the fixed copy fails without `--frame`.
        var failsWithoutFrame: RuleID

        var testDescription: String { name }
    }

    /// `facerec-obama.jpg` is 910×1137 with a 268 px face at (345, 139). With `--max-side 1600` the
    /// 2600 px canvas is downscaled to 1600 px without framing, and the face to 165 px.
    static let placements = [
        Placement(
            name: "off-centre left", canvasWidth: 2000, canvasHeight: 1137, x: 0, y: 0,
            failsWithoutFrame: FaceOffCentreRule.id),
        Placement(
            name: "off-centre right", canvasWidth: 2000, canvasHeight: 1300, x: 1090, y: 163,
            failsWithoutFrame: FaceOffCentreRule.id),
        Placement(
            name: "too high", canvasWidth: 1400, canvasHeight: 2600, x: 245, y: 0,
            failsWithoutFrame: FaceOffCentreRule.id),
        Placement(
            name: "too low", canvasWidth: 1400, canvasHeight: 2600, x: 245, y: 1463,
            failsWithoutFrame: FaceOffCentreRule.id),
        Placement(
            name: "small face in a large photo", canvasWidth: 2600, canvasHeight: 1900, x: 1600, y: 700,
            failsWithoutFrame: FaceTooSmallRule.id),
    ]

    static let faceRules: Set<RuleID> = [
        NoFaceRule.id, FaceOffCentreRule.id, FaceTooSmallRule.id, FaceCutOffRule.id, MultipleFacesRule.id,
    ]

    /// The portrait on a flat grey canvas, encoded as JPEG.
    private static func composite(_ placement: Placement) throws -> [UInt8] {
        let corpus = try #require(RepositoryPaths.corpus)
        let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("portrait/facerec-obama.jpg")))
        let portrait = try ImageDecoder.decode(bytes, request: DecodeRequest(layout: .rgb)).raster
        var canvas = Raster(width: placement.canvasWidth, height: placement.canvasHeight, channels: 3, filling: 118)
        let rowBytes = portrait.width * 3
        for row in 0..<portrait.height {
            let source = row * rowBytes
            let target = ((placement.y + row) * canvas.width + placement.x) * 3
            canvas.pixels.replaceSubrange(
                target..<(target + rowBytes), with: portrait.pixels[source..<(source + rowBytes)])
        }
        return try ImageEncoder.jpeg(canvas, quality: 90)
    }

    private static func fixer(framing: Bool) throws -> PhotoFixer {
        var configuration = PreflightConfiguration()
        configuration.faceDetector = try SharedDetector.detector.get()
        var options = FixOptions()
        options.maxSide = 1600
        options.framesFace = framing
        return PhotoFixer(options: options, preflight: Preflight(configuration: configuration))
    }

    @Test(arguments: placements)
    func framedCopyPassesTheFaceRules(placement: Placement) throws {
        let original = try Self.composite(placement)
        let unframed = try Self.fixer(framing: false).fix(bytes: original, name: "photo.jpg").report
        #expect(unframed.check?.findings.map(\.rule).contains(placement.failsWithoutFrame) == true)

        let fixer = try Self.fixer(framing: true)
        let fixed = fixer.fix(bytes: original, name: "photo.jpg")
        let framing = try #require(fixed.report.framing)
        let crop = try #require(framing.crop, "\(framing.detail)")
        #expect(fixed.report.actions.contains { $0.kind == "frame" && $0.detail == framing.detail })
        let check = try #require(fixed.report.check)
        #expect(check.displayWidth == crop.width && check.displayHeight == crop.height)
        let failed = check.findings.map(\.rule).filter { Self.faceRules.contains($0) }
        #expect(failed.isEmpty, "\(check.findings.map(\.message))")

        // The crop keeps the face box with its face-cut-off margins, as found in the original.
        let faces = try #require(
            original.withUnsafeBytes { fixer.preflight.analyze(bytes: $0, name: "", path: "") }.facts.faces)
        let main = try #require(faces.counted(minimumScore: 0.3).first)
        let grown = main.box.grown(left: 0.15, top: 0.4, right: 0.15, bottom: 0.15)
        #expect(crop.keeps(grown, imageWidth: faces.imageWidth, imageHeight: faces.imageHeight))
    }

    @Test func aPhotoWithoutAFaceIsNotCroppedAndSaysSo() throws {
        let fixed = try Self.fixer(framing: true).fix(
            bytes: try RepositoryPaths.fixtureBytes("pass/portrait.jpg"), name: "portrait.jpg")
        #expect(fixed.report.framing == Framing(crop: nil, detail: "not framed: no face found"))
        #expect(!fixed.report.actions.contains { $0.kind == "frame" })
        #expect(fixed.report.actions.first?.kind == "copy")
    }
}
