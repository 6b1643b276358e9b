import Foundation

/// Centre-weighted luminance statistics: the subject of a portrait is near the middle, so a white studio
/// backdrop or a dark stage around it weighs less than the face does.
///
/// The exposure value is the centre-weighted mean of the *unclipped* pixels (luma 16-240): a clipped white
/// backdrop or black stage says nothing about how the subject was exposed, while the subject's own tones
/// do. The clipped shares are measured separately.
struct ExposureMeasure: Sendable {
    /// Centre-weighted mean luma of unclipped pixels (16-240), 0-255; the plain weighted mean when fewer than
    /// `minimumUnclippedShare` of the pixels are unclipped.
    var subjectLuma: Double
    /// Centre-weighted mean luma of all pixels, 0-255.
    var meanLuma: Double
    /// Unweighted mean luma of the whole frame, 0-255, for reference.
    var wholeFrameMeanLuma: Double
    /// Centre-weighted fraction of pixels darker than 16 (clipped shadows), 0-1.
    var shadowClipping: Double
    /// Centre-weighted fraction of pixels brighter than 240 (clipped highlights), 0-1.
    var highlightClipping: Double
    /// Centre-weighted spread between the 5th and 95th luma percentiles, 0-255.
    var contrastSpread: Double
    /// Centre-weighted luma histogram, 256 bins summing to 1.
    var histogram: [Double]

    /// Standard deviation of the Gaussian weight, as a fraction of each side.
    static let weightSigma = 0.3
    /// Vertical centre of the weight, as a fraction of the height from the top (faces sit a little high).
    static let weightCentreY = 0.42
    /// Below this share of unclipped pixels the subject luma falls back to the plain mean.
    static let minimumUnclippedShare = 0.1

    init(gray: Raster) {
        precondition(gray.channels == 1)
        func weights(count: Int, centre: Double) -> [Double] {
            (0..<count).map { i in
                let d = (Double(i) + 0.5) / Double(count) - centre
                return exp(-0.5 * (d / Self.weightSigma) * (d / Self.weightSigma))
            }
        }
        let wx = weights(count: gray.width, centre: 0.5)
        let wy = weights(count: gray.height, centre: Self.weightCentreY)
        var weighted = [Double](repeating: 0, count: 256)
        var plain = [Int](repeating: 0, count: 256)
        gray.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<gray.height {
                var rowHistogram = [Double](repeating: 0, count: 256)
                let rowStart = y * gray.width
                for x in 0..<gray.width {
                    let v = Int(pixels[rowStart + x])
                    rowHistogram[v] += wx[x]
                    plain[v] += 1
                }
                for v in 0..<256 where rowHistogram[v] != 0 { weighted[v] += rowHistogram[v] * wy[y] }
            }
        }
        let total = weighted.reduce(0, +)
        histogram = weighted.map { $0 / max(total, .leastNonzeroMagnitude) }
        meanLuma = histogram.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
        let count = max(1, plain.reduce(0, +))
        wholeFrameMeanLuma = Double(plain.enumerated().reduce(0) { $0 + $1.offset * $1.element }) / Double(count)
        shadowClipping = histogram[0..<16].reduce(0, +)
        highlightClipping = histogram[241...].reduce(0, +)
        let unclippedShare = 1 - shadowClipping - highlightClipping
        let shares = histogram
        let unclippedSum = (16...240).reduce(0.0) { $0 + Double($1) * shares[$1] }
        subjectLuma = unclippedShare >= Self.minimumUnclippedShare ? unclippedSum / unclippedShare : meanLuma
        contrastSpread = Self.percentile(histogram, 0.95) - Self.percentile(histogram, 0.05)
    }

    private static func percentile(_ histogram: [Double], _ p: Double) -> Double {
        var cumulative = 0.0
        for (value, share) in histogram.enumerated() {
            cumulative += share
            if cumulative >= p { return Double(value) }
        }
        return 255
    }
}
