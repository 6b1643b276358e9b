/// `too-dark`: under-exposure, from the centre-weighted mean luma and the share of clipped shadows.
public struct TooDarkRule: PhotoRule {
    /// `rules.too-dark.error`, `--dark-error`.
    public static let error = RuleParameter(
        "error", flag: "dark-error", keyPath: \.exposure.darkError, range: .luma, unit: "luma", comparison: "error <",
        help: "Subject luma below which a photo fails as too dark (0-255).")
    /// `rules.too-dark.warning`, `--dark-warning`.
    public static let warning = RuleParameter(
        "warning", flag: "dark-warning", keyPath: \.exposure.darkWarning, range: .luma, unit: "luma",
        comparison: "warning <", help: "Subject luma below which a photo gets a too-dark warning (0-255).")
    /// `rules.too-dark.shadow-clipping`.
    public static let shadowClipping = RuleParameter(
        "shadow-clipping", keyPath: \.exposure.shadowClippingLimit, range: .fraction, unit: "clipped",
        comparison: "error ≥", help: "Fraction of clipped shadows that fails (0-1).")

    public static let descriptor = RuleDescriptor(
        id: "too-dark", summary: "subject brightness (centre-weighted, unclipped pixels) and clipped shadows",
        severity: .error, parameters: [error, warning, shadowClipping])

    private static let grade = ExposureGrade(
        rule: id, problem: "too dark", clippedColour: "black", clippedTones: "shadows", direction: .below)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let limits = configuration.exposure
        // Dark only when both the subject's tones and the whole weighted picture are: the brighter estimate.
        return Self.grade.findings(
            brightness: max(metrics.brightness, metrics.meanLuma), clipping: metrics.shadowClipping,
            clippingLimit: limits.shadowClippingLimit, error: limits.darkError, warning: limits.darkWarning)
    }
}
