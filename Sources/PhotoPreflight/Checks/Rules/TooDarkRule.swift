/// `too-dark`: under-exposure, from the centre-weighted mean luma and the share of clipped shadows.
public struct TooDarkRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "too-dark", summary: "subject brightness (centre-weighted, unclipped pixels) and clipped shadows",
        defaultThreshold: "error < 35, warning < 58 (luma 0-255); error ≥ 90% clipped", severity: .error,
        options: ["--dark-error", "--dark-warning"])

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let limits = configuration.exposure
        // Dark only when both the subject's tones and the whole weighted picture are: the brighter estimate.
        let brightness = max(metrics.brightness, metrics.meanLuma)
        let clipping = metrics.shadowClipping
        if clipping >= limits.shadowClippingLimit {
            return [
                Finding(
                    rule: id, severity: .error,
                    message: "too dark: \(Int((clipping * 100).rounded()))% of the picture is clipped black "
                        + "(limit \(Int((limits.shadowClippingLimit * 100).rounded()))%)",
                    value: clipping, threshold: limits.shadowClippingLimit, unit: "fraction")
            ]
        }
        guard
            let (severity, threshold) = ThresholdGrade.grade(
                brightness, error: limits.darkError, warning: limits.darkWarning, bad: .below)
        else { return [] }
        return [
            Finding(
                rule: id, severity: severity,
                message: "too dark: brightness \(Int(brightness.rounded())) (below \(Int(threshold))), "
                    + "\(Int((clipping * 100).rounded()))% clipped shadows",
                value: brightness, threshold: threshold, unit: "luma")
        ]
    }
}
