import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// A frontal, well-framed single portrait of the corpus.
private let portraitSource = "portrait/facerec-obama.jpg"

/// `too-bright`, `too-dark` and `blurry` on a real portrait and on copies degraded in test code, checked
/// with dlib's detector the way `check` runs: the face decides.
@Suite(.enabled(if: CorpusFaceInputs.photo(portraitSource) != nil, "corpus portrait not available"))
struct FaceJudgementTests {
    /// The portrait as upright RGB pixels.
    private func portrait() throws -> Raster {
        let file = try #require(CorpusFaceInputs.photo(portraitSource)).file
        let decoded = try ImageDecoder.decode([UInt8](try Data(contentsOf: file)), request: DecodeRequest(layout: .rgb))
        return decoded.raster.applying(decoded.header.orientation ?? .up)
    }

    /// The exposure and focus findings `check` gives `raster` with the face check on.
    private func findings(_ raster: Raster) throws -> [Finding] {
        var configuration = PreflightConfiguration()
        configuration.faceDetector = try SharedDetector.detector.get()
        let report = Preflight(configuration: configuration).check(bytes: try ImageEncoder.png(raster), name: "a.png")
        return report.findings.filter { [TooBrightRule.id, TooDarkRule.id, BlurryRule.id].contains($0.rule) }
    }

    /// `raster` with `change` applied to every stored value.
    private func mapped(_ raster: Raster, _ change: (Double) -> Double) -> Raster {
        let table = (0..<256).map { UInt8(max(0, min(255, change(Double($0)).rounded()))) }
        var result = raster
        result.pixels = raster.pixels.map { table[Int($0)] }
        return result
    }

    /// `raster` averaged over `length` rows centred on each pixel (a vertical motion blur).
    private func verticalMotionBlur(_ raster: Raster, length: Int) -> Raster {
        let (width, height, channels) = (raster.width, raster.height, raster.channels)
        var result = raster
        let stride = width * channels
        for column in 0..<stride {
            var sum = 0, count = 0
            func value(_ row: Int) -> Int { Int(raster.pixels[row * stride + column]) }
            for row in 0..<min(height, length / 2 + 1) {
                sum += value(row)
                count += 1
            }
            for row in 0..<height {
                result.pixels[row * stride + column] = UInt8(sum / count)
                let entering = row + length / 2 + 1, leaving = row - length / 2
                if entering < height {
                    sum += value(entering)
                    count += 1
                }
                if leaving >= 0 {
                    sum -= value(leaving)
                    count -= 1
                }
            }
        }
        return result
    }

    @Test func theOriginalPassesExposureAndFocus() throws {
        #expect(try findings(portrait()).isEmpty)
    }

    @Test func aGainOf2Point2IsTooBrightOnTheFace() throws {
        let finding = try #require(try findings(mapped(portrait()) { $0 * 2.2 }).first)
        #expect(finding.rule == TooBrightRule.id)
        #expect(finding.message.contains("on the face"))
    }

    @Test func aGammaOf4Point5IsTooDark() throws {
        let result = try findings(mapped(portrait()) { 255 * pow($0 / 255, 4.5) })
        #expect(result.contains { $0.rule == TooDarkRule.id }, "\(result.map(\.message))")
    }

    @Test func a30PixelVerticalMotionBlurIsBlurry() throws {
        let image = try portrait()
        // 30 px at a 512 px short side.
        let length = Int((30 * Double(min(image.width, image.height)) / 512).rounded())
        let result = try findings(verticalMotionBlur(image, length: length))
        #expect(result.contains { $0.rule == BlurryRule.id }, "\(result.map(\.message))")
    }
}
