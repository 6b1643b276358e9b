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

/// The shared declaration and body of `too-dark` and `too-bright`: an error when too much of the picture is
/// clipped, else the subject brightness graded against an error and a warning threshold. Each rule's file
/// gives its values; the three parameters (`error`, `warning`, the clipping limit) are made here from them.
struct ExposureGrade: Sendable {
    /// The rule reporting, e.g. `too-dark`.
    let rule: RuleID
    /// The problem in words, e.g. "too dark".
    let problem: String
    /// Which side of the brightness thresholds is bad.
    let direction: ThresholdGrade.Direction
    /// The clipped tones and their colour, e.g. ("shadows", "black").
    let clipped: (tones: String, colour: String)
    /// `rules.<id>.error`, `--<flag>-error`.
    let error: RuleParameter
    /// `rules.<id>.warning`, `--<flag>-warning`.
    let warning: RuleParameter
    /// `rules.<id>.<tone>-clipping` (config only).
    let clippingLimit: RuleParameter
    /// The subject brightness estimate to grade, and the clipped fraction to compare with the limit.
    let measure: @Sendable (PhotoMetrics) -> (brightness: Double, clipping: Double)

    /// The grade and its parameters; `limits` are the key paths of the error, warning and clipping limits.
    init(
        rule: RuleID, problem: String, flag: String, direction: ThresholdGrade.Direction,
        clipped: (tones: String, colour: String),
        limits: (
            error: WritableKeyPath<PreflightConfiguration, Double> & Sendable,
            warning: WritableKeyPath<PreflightConfiguration, Double> & Sendable,
            clipping: WritableKeyPath<PreflightConfiguration, Double> & Sendable
        ),
        measure: @escaping @Sendable (PhotoMetrics) -> (brightness: Double, clipping: Double)
    ) {
        let side = direction.word
        let sign = direction == .below ? "<" : ">"
        (self.rule, self.problem, self.direction, self.clipped, self.measure) = (
            rule, problem, direction, clipped, measure
        )
        error = RuleParameter(
            "error", flag: "\(flag)-error", keyPath: limits.error, range: .luma, unit: "luma",
            comparison: "error \(sign)", help: "Subject luma \(side) which a photo fails as \(problem) (0-255).")
        warning = RuleParameter(
            "warning", flag: "\(flag)-warning", keyPath: limits.warning, range: .luma, unit: "luma",
            comparison: "warning \(sign)", help: "Subject luma \(side) which a photo gets a \(rule) warning (0-255).")
        clippingLimit = RuleParameter(
            "\(clipped.tones.dropLast(clipped.tones.hasSuffix("s") ? 1 : 0))-clipping", keyPath: limits.clipping,
            range: .fraction, unit: "clipped", comparison: "error ≥",
            help: "Fraction of clipped \(clipped.tones) that fails (0-1).")
    }

    /// The parameters, in the order they are listed.
    var parameters: [RuleParameter] { [error, warning, clippingLimit] }

    /// The findings for one photo.
    func findings(_ facts: PhotoFacts, _ configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let (value, clipping) = measure(metrics)
        let limit = clippingLimit.value(in: configuration)
        if clipping >= limit {
            return [
                Finding(
                    rule: rule, severity: .error,
                    message: "\(problem): \(percent(clipping))% of the picture is clipped \(clipped.colour) "
                        + "(limit \(percent(limit))%)",
                    value: clipping, threshold: limit, unit: "fraction")
            ]
        }
        guard
            let (severity, threshold) = ThresholdGrade.grade(
                value, error: error.value(in: configuration), warning: warning.value(in: configuration),
                bad: direction)
        else { return [] }
        return [
            Finding(
                rule: rule, severity: severity,
                message: "\(problem): brightness \(Int(value.rounded())) (\(direction.word) \(Int(threshold))), "
                    + "\(percent(clipping))% clipped \(clipped.tones)",
                value: value, threshold: threshold, unit: "luma")
        ]
    }

    private func percent(_ fraction: Double) -> Int { Int((fraction * 100).rounded()) }
}
