/// `too-bright`: over-exposure, from the centre-weighted mean luma and the share of clipped highlights.
public struct TooBrightRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "too-bright", summary: "subject brightness (centre-weighted, unclipped pixels) and clipped highlights",
        defaultThreshold: "error > 185, warning > 160 (luma 0-255); error ≥ 80% clipped", severity: .error,
        options: ["--bright-error", "--bright-warning"])

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let limits = configuration.exposure
        // Bright only when both the subject's tones and the whole weighted picture are: the darker estimate.
        let brightness = min(metrics.brightness, metrics.meanLuma)
        let clipping = metrics.highlightClipping
        if clipping >= limits.highlightClippingLimit {
            return [
                Finding(
                    rule: id, severity: .error,
                    message: "too bright: \(Int((clipping * 100).rounded()))% of the picture is clipped white "
                        + "(limit \(Int((limits.highlightClippingLimit * 100).rounded()))%)",
                    value: clipping, threshold: limits.highlightClippingLimit, unit: "fraction")
            ]
        }
        guard
            let (severity, threshold) = ThresholdGrade.grade(
                brightness, error: limits.brightError, warning: limits.brightWarning, bad: .above)
        else { return [] }
        return [
            Finding(
                rule: id, severity: severity,
                message: "too bright: brightness \(Int(brightness.rounded())) (above \(Int(threshold))), "
                    + "\(Int((clipping * 100).rounded()))% clipped highlights",
                value: brightness, threshold: threshold, unit: "luma")
        ]
    }
}
