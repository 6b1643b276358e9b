import Foundation

/// How a measured value becomes a quality from 0 (useless) to 1 (ideal). Every curve is smooth and strictly
/// monotonic on each side of its ideal, so a worse measure always costs points (no plateaus, no ties).
public enum ScoreCurve: Sendable, Equatable {
    /// More is better: `value / (value + half)`, 0.5 at `half`, approaching 1.
    case saturating(half: Double)
    /// Best at `ideal`, falling as a Gaussian of width `width` on both sides: `exp(-((value - ideal) / width)²)`.
    case peak(ideal: Double, width: Double)
    /// Best at `ideal` on a ratio scale: `exp(-(ln(value / ideal) / width)²)` (for sizes, where half and
    /// double are equally far from ideal).
    case ratioPeak(ideal: Double, width: Double)
    /// Linear from 0 at `zero` to 1 at `one`, clamped.
    case ramp(zero: Double, one: Double)

    /// The quality of `value`, 0–1.
    public func quality(_ value: Double) -> Double {
        switch self {
        case .saturating(let half): value <= 0 ? 0 : value / (value + half)
        case .peak(let ideal, let width): exp(-pow((value - ideal) / width, 2))
        case .ratioPeak(let ideal, let width): value <= 0 ? 0 : exp(-pow(log(value / ideal) / width, 2))
        case .ramp(let zero, let one): min(1, max(0, (value - zero) / (one - zero)))
        }
    }

    /// The curve in words, for the README's score table.
    public var summary: String {
        switch self {
        case .saturating(let half): "v / (v + \(Self.text(half)))"
        case .peak(let ideal, let width): "exp(−((v − \(Self.text(ideal))) / \(Self.text(width)))²)"
        case .ratioPeak(let ideal, let width): "exp(−(ln(v / \(Self.text(ideal))) / \(Self.text(width)))²)"
        case .ramp(let zero, let one): "0 at \(Self.text(zero)) → 1 at \(Self.text(one))"
        }
    }

    private static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
