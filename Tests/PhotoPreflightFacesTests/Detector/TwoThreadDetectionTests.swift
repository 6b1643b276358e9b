import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// Our scan (the sub-detectors' filtering of `fhog_saliency.h`, on one thread or with the feature pyramid's levels
/// and then the sub-detectors shared out over two) finds exactly what dlib's own code finds: the same boxes,
/// scores, poses and order.
@Suite(.enabled(if: CorpusFaceInputs.unavailableReason == nil, "\(CorpusFaceInputs.unavailableReason ?? "")"))
struct TwoThreadDetectionTests {
    static let photos =
        Array(CorpusFaceInputs.photos { $0.faces >= 1 }.prefix(8))
        + Array(CorpusFaceInputs.photos { $0.faces == 0 }.prefix(4))

    @Test(arguments: photos)
    func ourScanFindsWhatDlibsCodeFinds(photo: CorpusPhoto) throws {
        let ours = try SharedDetector.detector.get()
        let dlib = try SharedDetector.dlibCode.get()
        let image = try photo.load()
        let coarse = FaceSearch().coarseFactor(width: image.width, height: image.height)
        // A lowered threshold gives many overlapping raw detections, so the suppression order is exercised. With
        // every pyramid level on one thread the reference is dlib's own detector call; a cut-short pyramid is
        // our scanner with dlib's filtering.
        let cases: [(factor: Double, levels: Int?, adjust: Double)] = [
            (Double(coarse), nil, 0), (Double(coarse), nil, -0.6), (1, nil, 0), (1.6, 4, 0), (1.6, 4, -0.6),
        ]
        for (factor, levels, adjust) in cases {
            let reference = try dlib.detect(
                width: image.width, height: image.height, pixels: image.pixels, downscale: factor,
                pyramidLevels: levels, adjustThreshold: adjust, threads: 1)
            for threads in [1, 2] {
                let found = try ours.detect(
                    width: image.width, height: image.height, pixels: image.pixels, downscale: factor,
                    pyramidLevels: levels, adjustThreshold: adjust, threads: threads)
                #expect(
                    found == reference,
                    "factor \(factor), levels \(levels ?? 0), threshold adjusted by \(adjust), \(threads) threads")
            }
        }
    }

    @Test func theDlibCodeRunsTheSameInstructionSet() throws {
        #expect(try SharedDetector.dlibCode.get().instructionSet() == SharedDetector.detector.get().instructionSet())
    }
}
