import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// Our filtering of the HOG features (`fhog_saliency.h`) scores exactly as dlib's does at every feature-plane
/// size: many weak detections (the threshold lowered far) on synthetic images whose sides step by one HOG cell,
/// so that the planes of their pyramids leave every count (0–7) of columns after the last group of eight; and
/// images so small that their planes are about a filter's size or smaller.
struct FilteringEdgeTests {
    /// Gradients, rings and pseudo-random speckle: enough edges at every scale for weak detections everywhere.
    static func pattern(width: Int, height: Int, seed: UInt32) -> [UInt8] {
        var state = seed
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 1_664_525 &+ 1_013_904_223
                let ring = ((x - width / 2) * (x - width / 2) + (y - height / 3) * (y - height / 3)) / 97
                let value = x * 3 + y * 2 + (ring % 64) * 3 + Int(state >> 27)
                pixels[y * width + x] = UInt8(truncatingIfNeeded: value)
            }
        }
        return pixels
    }

    @Test func everyPlaneSizeScoresAsDlibsFilteringDoes() throws {
        let ours = try SharedDetector.detector.get()
        let dlib = try SharedDetector.dlibCode.get()
        var compared = 0
        for (index, width) in stride(from: 80, through: 240, by: 8).enumerated() {
            let height = 80 + (index * 5 % 9) * 8
            let pixels = Self.pattern(width: width, height: height, seed: UInt32(width))
            let reference = try dlib.detect(
                width: width, height: height, pixels: pixels, adjustThreshold: -2, threads: 1)
            for threads in [1, 2] {
                let found = try ours.detect(
                    width: width, height: height, pixels: pixels, adjustThreshold: -2, threads: threads)
                #expect(found == reference, "\(width)×\(height), \(threads) threads")
            }
            compared += reference.count
        }
        // The lowered threshold must have given detections to compare, or the test compared nothing.
        #expect(compared >= 40, "only \(compared) detections compared")
    }

    @Test(arguments: [(8, 8), (16, 24), (20, 20), (24, 16), (40, 12), (12, 40), (72, 20)])
    func planesAboutAFilterInSizeScoreAsDlibsDo(width: Int, height: Int) throws {
        let pixels = Self.pattern(width: width, height: height, seed: 7)
        for threads in [1, 2] {
            let found = try SharedDetector.detector.get().detect(
                width: width, height: height, pixels: pixels, adjustThreshold: -2, threads: threads)
            let reference = try SharedDetector.dlibCode.get().detect(
                width: width, height: height, pixels: pixels, adjustThreshold: -2, threads: threads)
            #expect(found == reference, "\(width)×\(height), \(threads) threads")
        }
    }
}
