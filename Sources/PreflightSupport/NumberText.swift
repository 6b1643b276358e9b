/// Numbers as messages and reports print them: whole numbers without a fraction, others rounded to a
/// number of decimals, trailing zeros dropped (`35`, `28.4`, `0.125`).
package enum NumberText {
    /// `value` rounded to `decimals` places (nil: not rounded); whole results print without a fraction.
    /// Non-finite values print as Swift prints them (`inf`, `nan`).
    package static func format(_ value: Double, decimals: Int? = 3) -> String {
        guard value.isFinite else { return "\(value)" }
        var rounded = value
        // From 1e15 on a double has no fraction worth printing, and scaling it would lose digits.
        if let decimals, abs(value) < 1e15 {
            var scale = 1.0
            for _ in 0..<max(0, decimals) { scale *= 10 }
            rounded = (value * scale).rounded() / scale
        }
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        return "\(rounded)"
    }
}
