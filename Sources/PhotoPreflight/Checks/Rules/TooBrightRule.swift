/// `too-bright`: over-exposure, from the centre-weighted mean luma and the share of clipped highlights.
/// Parameters: `error` (`--bright-error`), `warning` (`--bright-warning`), `highlight-clipping`.
public struct TooBrightRule: PhotoRule {
    // Bright only when both the subject's tones and the whole weighted picture are: the darker estimate.
    static let grade = ExposureGrade(
        rule: "too-bright", problem: "too bright", flag: "bright", direction: .above, clipped: ("highlights", "white"),
        limits: (\.exposure.brightError, \.exposure.brightWarning, \.exposure.highlightClippingLimit),
        measure: { (min($0.brightness, $0.meanLuma), $0.highlightClipping) })

    public static let descriptor = RuleDescriptor(
        id: grade.rule, summary: "subject brightness (centre-weighted, unclipped pixels) and clipped highlights",
        severity: .error, parameters: grade.parameters)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        Self.grade.findings(facts, configuration)
    }
}
