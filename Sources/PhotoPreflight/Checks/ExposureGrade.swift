/// The shared declaration and body of `too-dark` and `too-bright`. With a face: the face's skin brightness
/// graded against the face thresholds, and a warning when a share of its skin is clipped. Without one: an
/// error when too much of the picture is clipped, else the subject brightness graded against the whole-frame
/// thresholds. When the face check ran and found no face, nothing says the clipped pixels are a backdrop, so
/// the brightness graded is the centre-weighted mean of all pixels. Each rule's file gives its values; the
/// six parameters (`error`, `warning`, the clipping limit, `face-error`, `face-warning`, the face clipping
/// limit) are made here.
struct ExposureGrade: Sendable {
    /// The key paths of a rule's limits in the configuration.
    struct Limits: Sendable {
        var error: WritableKeyPath<PreflightConfiguration, Double> & Sendable
        var warning: WritableKeyPath<PreflightConfiguration, Double> & Sendable
        var clipping: WritableKeyPath<PreflightConfiguration, Double> & Sendable
        var faceError: WritableKeyPath<PreflightConfiguration, Double> & Sendable
        var faceWarning: WritableKeyPath<PreflightConfiguration, Double> & Sendable
        var faceClipping: WritableKeyPath<PreflightConfiguration, Double> & Sendable
    }

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
    /// `rules.<id>.face-error`, `--face-<flag>-error`.
    let faceError: RuleParameter
    /// `rules.<id>.face-warning`, `--face-<flag>-warning`.
    let faceWarning: RuleParameter
    /// `rules.<id>.face-<tone>-clipping` (config only): a warning from this share of clipped skin.
    let faceClippingLimit: RuleParameter
    /// The whole-frame subject brightness estimate to grade, and the clipped fraction to compare with the limit.
    let measure: @Sendable (PhotoMetrics) -> (brightness: Double, clipping: Double)
    /// The face's clipped fraction of these tones, shown in the message.
    let faceClipping: @Sendable (PhotoMetrics) -> Double?

    /// The grade and its parameters.
    init(
        rule: RuleID, problem: String, flag: String, direction: ThresholdGrade.Direction,
        clipped: (tones: String, colour: String), limits: Limits,
        measure: @escaping @Sendable (PhotoMetrics) -> (brightness: Double, clipping: Double),
        faceClipping: @escaping @Sendable (PhotoMetrics) -> Double?
    ) {
        let side = direction.word
        let sign = direction == .below ? "<" : ">"
        (self.rule, self.problem, self.direction, self.clipped, self.measure, self.faceClipping) = (
            rule, problem, direction, clipped, measure, faceClipping
        )
        error = RuleParameter(
            "error", flag: "\(flag)-error", keyPath: limits.error, range: .luma, unit: "luma",
            comparison: "error \(sign)",
            help: "Subject luma \(side) which a photo without a face fails as \(problem) (0-255).")
        warning = RuleParameter(
            "warning", flag: "\(flag)-warning", keyPath: limits.warning, range: .luma, unit: "luma",
            comparison: "warning \(sign)",
            help: "Subject luma \(side) which a photo without a face gets a \(rule) warning (0-255).")
        let tone = clipped.tones.dropLast(clipped.tones.hasSuffix("s") ? 1 : 0)
        clippingLimit = RuleParameter(
            "\(tone)-clipping", keyPath: limits.clipping,
            range: .fraction, unit: "clipped", comparison: "error ≥",
            help: "Fraction of clipped \(clipped.tones) that fails a photo without a face (0-1).")
        faceError = RuleParameter(
            "face-error", flag: "face-\(flag)-error", keyPath: limits.faceError, range: .luma, unit: "luma",
            comparison: "face error \(sign)", help: "Face skin luma \(side) which a photo fails as \(problem) (0-255).")
        faceWarning = RuleParameter(
            "face-warning", flag: "face-\(flag)-warning", keyPath: limits.faceWarning, range: .luma, unit: "luma",
            comparison: "face warning \(sign)",
            help: "Face skin luma \(side) which a photo gets a \(rule) warning (0-255).")
        faceClippingLimit = RuleParameter(
            "face-\(tone)-clipping", keyPath: limits.faceClipping, range: .fraction, unit: "of the face clipped",
            comparison: "face warning ≥",
            help: "Fraction of the face's skin clipped \(clipped.colour) that warns (0-1).")
    }

    /// The parameters, in the order they are listed.
    var parameters: [RuleParameter] { [error, warning, clippingLimit, faceError, faceWarning, faceClippingLimit] }

    /// The findings for one photo.
    func findings(_ facts: PhotoFacts, _ configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let region = MeasuredRegion(facts)
        if region == .face, let brightness = metrics.faceSkinBrightness {
            let clipping = faceClipping(metrics) ?? 0
            let graded = graded(
                brightness, clipping: clipping, limits: (faceError, faceWarning), region: region, configuration)
            let limit = faceClippingLimit.value(in: configuration)
            guard graded.isEmpty, clipping >= limit else { return graded }
            return [
                Finding(
                    rule: rule, severity: .warning,
                    message: "\(problem): \(percent(clipping))% of the face's skin is clipped \(clipped.colour) "
                        + "(limit \(percent(limit))%), brightness \(Int(brightness.rounded())) on the face",
                    value: clipping, threshold: limit, unit: "fraction")
            ]
        }
        var (value, clipping) = measure(metrics)
        if region == .frameWithoutFace { value = metrics.meanLuma }
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
        return graded(value, clipping: clipping, limits: (error, warning), region: region, configuration)
    }

    private func graded(
        _ value: Double, clipping: Double, limits: (error: RuleParameter, warning: RuleParameter),
        region: MeasuredRegion, _ configuration: PreflightConfiguration
    ) -> [Finding] {
        guard
            let (severity, threshold) = ThresholdGrade.grade(
                value, error: limits.error.value(in: configuration), warning: limits.warning.value(in: configuration),
                bad: direction)
        else { return [] }
        return [
            Finding(
                rule: rule, severity: severity,
                message: "\(problem): brightness \(Int(value.rounded())) (\(direction.word) \(Int(threshold))) "
                    + "\(region.phrase), \(percent(clipping))% clipped \(clipped.tones)",
                value: value, threshold: threshold, unit: "luma")
        ]
    }

    private func percent(_ fraction: Double) -> Int { Int((fraction * 100).rounded()) }
}
