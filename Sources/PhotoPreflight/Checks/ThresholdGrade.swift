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
