import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// A detection on two threads (dlib's sub-detectors shared out over one feature pyramid) finds exactly what
/// dlib's own single-threaded call finds: the same boxes, scores, poses and order.
@Suite(.enabled(if: CorpusFaceInputs.unavailableReason == nil, "\(CorpusFaceInputs.unavailableReason ?? "")"))
struct TwoThreadDetectionTests {
    static let photos =
        Array(CorpusFaceInputs.photos { $0.faces >= 1 }.prefix(8))
        + Array(CorpusFaceInputs.photos { $0.faces == 0 }.prefix(4))

    @Test(arguments: photos)
    func twoThreadsFindWhatOneFinds(photo: CorpusPhoto) throws {
        let detector = try SharedDetector.detector.get()
        let image = try photo.load()
        let coarse = FaceSearch().coarseFactor(width: image.width, height: image.height)
        // A lowered threshold gives many overlapping raw detections, so the suppression order is exercised.
        for (factor, adjust) in [(coarse, 0.0), (coarse, -0.6), (1, 0.0)] {
            let one = try detector.detect(
                width: image.width, height: image.height, pixels: image.pixels, downsampling: factor,
                adjustThreshold: adjust, threads: 1)
            let two = try detector.detect(
                width: image.width, height: image.height, pixels: image.pixels, downsampling: factor,
                adjustThreshold: adjust, threads: 2)
            #expect(one == two, "factor \(factor), threshold adjusted by \(adjust)")
        }
    }
}
