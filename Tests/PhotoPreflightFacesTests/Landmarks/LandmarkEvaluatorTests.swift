import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// The flat evaluator against dlib's own `shape_predictor` on real faces.
@Suite(.enabled(if: SharedLandmarks.unavailableReason == nil, "dlib's 68-point model is missing"))
struct LandmarkEvaluatorTests {
    static var portraits: [CorpusPhoto] { Array(LandmarkCorpus.passingPortraits.prefix(4)) }

    @Test(
        .enabled(if: CorpusFaceInputs.unavailableReason == nil, "the shared corpus is missing"),
        arguments: portraits)
    func givesDlibsPoints(photo: CorpusPhoto) throws {
        let portrait = try #require(try LandmarkPortrait.load(photo.file))
        let box = portrait.box
        let left = Int(box.x.rounded()), top = Int(box.y.rounded())
        let right = Int(box.maxX.rounded()) - 1, bottom = Int(box.maxY.rounded()) - 1
        let reference = try #require(
            DlibLandmarkReference.points(
                modelPath: LandmarkModelStore.debianModelPath, image: portrait.gray, left: left, top: top,
                right: right, bottom: bottom))
        let ours = try portrait.points()
        #expect(ours.count == 68)
        // dlib rounds its points to whole pixels; rounded the same way, ours must be within 0.05 px of them.
        for (mine, theirs) in zip(ours, reference) {
            #expect(abs(mine.x.rounded() - theirs.x) <= 0.05 && abs(mine.y.rounded() - theirs.y) <= 0.05)
        }
    }
}
