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
        // One thread with every pyramid level is dlib's own call; a cut-short pyramid runs our scanner on one
        // thread too, so both of our paths are compared with two threads.
        let cases: [(factor: Double, levels: Int?, adjust: Double)] = [
            (Double(coarse), nil, 0), (Double(coarse), nil, -0.6), (1, nil, 0), (1.6, 4, 0), (1.6, 4, -0.6),
        ]
        for (factor, levels, adjust) in cases {
            let one = try detector.detect(
                width: image.width, height: image.height, pixels: image.pixels, downscale: factor,
                pyramidLevels: levels, adjustThreshold: adjust, threads: 1)
            let two = try detector.detect(
                width: image.width, height: image.height, pixels: image.pixels, downscale: factor,
                pyramidLevels: levels, adjustThreshold: adjust, threads: 2)
            #expect(one == two, "factor \(factor), levels \(levels ?? 0), threshold adjusted by \(adjust)")
        }
    }
}
