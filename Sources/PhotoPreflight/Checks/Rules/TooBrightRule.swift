/// `too-bright`: over-exposure, from the centre-weighted mean luma and the share of clipped highlights.
public struct TooBrightRule: PhotoRule {
    /// `rules.too-bright.error`, `--bright-error`.
    public static let error = RuleParameter(
        "error", flag: "bright-error", keyPath: \.exposure.brightError, range: .luma, unit: "luma",
        comparison: "error >", help: "Subject luma above which a photo fails as too bright (0-255).")
    /// `rules.too-bright.warning`, `--bright-warning`.
    public static let warning = RuleParameter(
        "warning", flag: "bright-warning", keyPath: \.exposure.brightWarning, range: .luma, unit: "luma",
        comparison: "warning >", help: "Subject luma above which a photo gets a too-bright warning (0-255).")
    /// `rules.too-bright.highlight-clipping`.
    public static let highlightClipping = RuleParameter(
        "highlight-clipping", keyPath: \.exposure.highlightClippingLimit, range: .fraction, unit: "clipped",
        comparison: "error ≥", help: "Fraction of clipped highlights that fails (0-1).")

    public static let descriptor = RuleDescriptor(
        id: "too-bright", summary: "subject brightness (centre-weighted, unclipped pixels) and clipped highlights",
        severity: .error, parameters: [error, warning, highlightClipping])

    private static let grade = ExposureGrade(
        rule: id, problem: "too bright", clippedColour: "white", clippedTones: "highlights", direction: .above)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let limits = configuration.exposure
        // Bright only when both the subject's tones and the whole weighted picture are: the darker estimate.
        return Self.grade.findings(
            brightness: min(metrics.brightness, metrics.meanLuma), clipping: metrics.highlightClipping,
            clippingLimit: limits.highlightClippingLimit, error: limits.brightError, warning: limits.brightWarning)
    }
}
