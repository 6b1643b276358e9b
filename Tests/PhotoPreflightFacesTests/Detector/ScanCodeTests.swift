import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// The AVX2 form of the scan finds what the portable form finds: the same boxes, poses and order, and scores
/// equal to within float rounding.
struct ScanCodeTests {
    static let portable: Result<DlibFaceDetector, FaceDetectorError> = Result { () throws(FaceDetectorError) in
        let detector = DlibFaceDetector(cache: nil, scanCode: .portable)
        try detector.prepare()
        return detector
    }

    /// Whether this CPU reports AVX2 (Linux's /proc/cpuinfo), so the fastest form must be the AVX2 one.
    static var cpuHasAVX2: Bool {
        #if arch(x86_64)
        let flags = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        return flags.split(whereSeparator: \.isWhitespace).contains("avx2")
        #else
        return false
        #endif
    }

    @Test func eachDetectorReportsTheFormItRuns() throws {
        #expect(try Self.portable.get().instructionSet() == "portable")
        let fastest = try SharedDetector.detector.get().instructionSet()
        #expect(fastest == (Self.cpuHasAVX2 ? "avx2" : "portable"))
    }

    static let photos =
        Array(CorpusFaceInputs.photos { $0.faces >= 1 }.prefix(12))
        + Array(CorpusFaceInputs.photos { $0.faces == 0 }.prefix(4))

    @Test(
        .enabled(if: CorpusFaceInputs.unavailableReason == nil, "\(CorpusFaceInputs.unavailableReason ?? "")"),
        arguments: photos)
    func bothFormsFindTheSameFaces(photo: CorpusPhoto) throws {
        let fastest = try SharedDetector.detector.get()
        let portable = try Self.portable.get()
        let image = try photo.load()
        let coarse = FaceSearch().coarseFactor(width: image.width, height: image.height)
        // dlib's own whole-pyramid call, our scanner cut short on one and two threads, and a lowered threshold
        // (many weak, overlapping detections, so near-ties in the suppression are exercised too).
        let cases: [(factor: Double, levels: Int?, adjust: Double, threads: Int)] = [
            (Double(coarse), nil, 0, 1), (Double(coarse), nil, -0.6, 1), (1.6, 4, 0, 1), (1.6, 4, -0.6, 2),
        ]
        for (factor, levels, adjust, threads) in cases {
            let one = try fastest.detect(
                width: image.width, height: image.height, pixels: image.pixels, downscale: factor,
                pyramidLevels: levels, adjustThreshold: adjust, threads: threads)
            let other = try portable.detect(
                width: image.width, height: image.height, pixels: image.pixels, downscale: factor,
                pyramidLevels: levels, adjustThreshold: adjust, threads: threads)
            let what = "factor \(factor), levels \(levels ?? 0), threshold adjusted by \(adjust), \(threads) threads"
            #expect(one.map(\.box) == other.map(\.box), "\(what)")
            #expect(one.map(\.pose) == other.map(\.pose), "\(what)")
            let scoreGap = zip(one, other).map { abs($0.score - $1.score) }.max() ?? 0
            #expect(scoreGap <= 1e-4, "\(what): scores differ by \(scoreGap)")
        }
        #expect(
            try fastest.findFaces(width: image.width, height: image.height, pixels: image.pixels).map(\.box)
                == portable.findFaces(width: image.width, height: image.height, pixels: image.pixels).map(\.box))
    }
}
