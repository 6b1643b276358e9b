/// Grades a measured value against an error and a warning threshold.
enum ThresholdGrade {
    /// Which side of the thresholds is bad.
    enum Direction {
        /// Values below the thresholds are bad (dark, blurry).
        case below
        /// Values above the thresholds are bad (bright).
        case above

        /// "below" or "above", for messages.
        var word: String { self == .below ? "below" : "above" }
    }

    /// `(error, errorThreshold)` when the value is clearly out, `(warning, warningThreshold)` when it is
    /// only past the warning threshold, nil when it is fine.
    static func grade(
        _ value: Double, error: Double, warning: Double, bad direction: Direction
    )
        -> (severity: Severity, threshold: Double)?
    {
        func past(_ threshold: Double) -> Bool { direction == .below ? value < threshold : value > threshold }
        if past(error) { return (.error, error) }
        if past(warning) { return (.warning, warning) }
        return nil
    }
}

/// The shared body of `too-dark` and `too-bright`: an error when too much of the picture is clipped, else the
/// subject brightness graded against an error and a warning threshold.
struct ExposureGrade {
    /// The rule reporting, e.g. `too-dark`.
    var rule: RuleID
    /// The problem in words, e.g. "too dark".
    var problem: String
    /// The clipped colour, e.g. "black".
    var clippedColour: String
    /// The clipped tones, e.g. "shadows".
    var clippedTones: String
    /// Which side of the brightness thresholds is bad.
    var direction: ThresholdGrade.Direction

    /// The findings for a subject `brightness` and a clipped `clipping` fraction against the limits.
    func findings(
        brightness: Double, clipping: Double, clippingLimit: Double, error: Double, warning: Double
    ) -> [Finding] {
        if clipping >= clippingLimit {
            return [
                Finding(
                    rule: rule, severity: .error,
                    message: "\(problem): \(percent(clipping))% of the picture is clipped \(clippedColour) "
                        + "(limit \(percent(clippingLimit))%)",
                    value: clipping, threshold: clippingLimit, unit: "fraction")
            ]
        }
        guard
            let (severity, threshold) = ThresholdGrade.grade(brightness, error: error, warning: warning, bad: direction)
        else { return [] }
        return [
            Finding(
                rule: rule, severity: severity,
                message: "\(problem): brightness \(Int(brightness.rounded())) (\(direction.word) \(Int(threshold))), "
                    + "\(percent(clipping))% clipped \(clippedTones)",
                value: brightness, threshold: threshold, unit: "luma")
        ]
    }

    private func percent(_ fraction: Double) -> Int { Int((fraction * 100).rounded()) }
}
