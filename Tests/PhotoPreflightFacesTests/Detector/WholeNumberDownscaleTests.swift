import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// A whole-number `downscale` is a box average: each scanned pixel is the rounded mean of a factor × factor block
/// (the right and bottom remainders dropped), and the boxes come back multiplied by the factor.
@Suite(.enabled(if: CorpusFaceInputs.unavailableReason == nil, "\(CorpusFaceInputs.unavailableReason ?? "")"))
struct WholeNumberDownscaleTests {
    static let photos = Array(
        CorpusFaceInputs.photos { $0.faces >= 1 && $0.source.hasPrefix("portrait/") && $0.originalWidth >= 800 }.prefix(
            4))

    /// The box average, written plainly.
    static func boxAveraged(_ image: WorkingImage, by factor: Int) -> (width: Int, height: Int, pixels: [UInt8]) {
        let width = image.width / factor, height = image.height / factor, area = factor * factor
        var pixels = [UInt8](repeating: 0, count: width * height)
        for row in 0..<height {
            for column in 0..<width {
                var sum = 0
                for y in (row * factor)..<((row + 1) * factor) {
                    for x in (column * factor)..<((column + 1) * factor) {
                        sum += Int(image.pixels[y * image.width + x])
                    }
                }
                pixels[row * width + column] = UInt8((sum + area / 2) / area)
            }
        }
        return (width, height, pixels)
    }

    @Test(arguments: photos)
    func aWholeNumberFactorScansTheBoxAverage(photo: CorpusPhoto) throws {
        let detector = try SharedDetector.detector.get()
        let image = try photo.load()
        for factor in [2, 3] {
            // A lowered threshold, so there are many detections to compare.
            let scanned = try detector.detect(
                width: image.width, height: image.height, pixels: image.pixels, downscale: Double(factor),
                adjustThreshold: -0.6, threads: 1)
            let small = Self.boxAveraged(image, by: factor)
            let expected = try detector.detect(
                width: small.width, height: small.height, pixels: small.pixels, adjustThreshold: -0.6, threads: 1
            ).map { face in
                let box = face.box, scale = Double(factor)
                return DetectedFace(
                    box: FaceBox(
                        x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale),
                    score: face.score, pose: face.pose)
            }
            if factor == 2 { #expect(!scanned.isEmpty, "the portrait's face at half size") }
            #expect(scanned == expected, "factor \(factor)")
        }
    }
}
