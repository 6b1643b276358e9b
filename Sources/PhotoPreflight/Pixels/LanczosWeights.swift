import Foundation

/// Lanczos-3 filter taps for resampling one axis from `input` to `output` samples.
///
/// Every output sample reads the same number of consecutive inputs (`taps`), starting at `starts[o]`,
/// with weights `weights[o * taps ..< (o + 1) * taps]` that sum to 1. Taps that would fall outside the
/// input are folded onto the edge sample (clamp-to-edge).
struct LanczosWeights {
    /// The lobes of the kernel: Lanczos-3.
    static let lobes = 3.0

    let taps: Int
    let starts: [Int]
    let weights: [Float]

    init(input: Int, output: Int) {
        precondition(input > 0 && output > 0, "sizes must be positive")
        let scale = Double(input) / Double(output)
        // Downscaling widens the kernel by the scale so that it also low-pass filters.
        let stretch = max(1, scale)
        let support = Self.lobes * stretch
        let taps = min(input, Int((2 * support).rounded(.down)) + 1)
        var starts = [Int](repeating: 0, count: output)
        var weights = [Float](repeating: 0, count: output * taps)
        var window = [Double](repeating: 0, count: input)
        for o in 0..<output {
            let center = (Double(o) + 0.5) * scale - 0.5
            let first = Int((center - support).rounded(.up)), last = Int((center + support).rounded(.down))
            let start = min(max(0, first), input - taps)
            for i in 0..<taps { window[start + i] = 0 }
            var total = 0.0
            for i in first...last {
                let weight = Self.kernel((Double(i) - center) / stretch)
                window[min(max(i, start), start + taps - 1)] += weight
                total += weight
            }
            starts[o] = start
            for i in 0..<taps { weights[o * taps + i] = Float(window[start + i] / total) }
        }
        self.taps = taps
        self.starts = starts
        self.weights = weights
    }

    /// sinc(x) · sinc(x / 3) for |x| < 3, else 0.
    static func kernel(_ x: Double) -> Double {
        let distance = abs(x)
        if distance < 1e-9 { return 1 }
        if distance >= lobes { return 0 }
        let px = Double.pi * distance
        return lobes * sin(px) * sin(px / lobes) / (px * px)
    }
}
