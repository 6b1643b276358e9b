/// `too-dark`: under-exposure, from the centre-weighted mean luma and the share of clipped shadows.
/// Parameters: `error` (`--dark-error`), `warning` (`--dark-warning`), `shadow-clipping`.
public struct TooDarkRule: PhotoRule {
    // Dark only when both the subject's tones and the whole weighted picture are: the brighter estimate.
    static let grade = ExposureGrade(
        rule: "too-dark", problem: "too dark", flag: "dark", direction: .below, clipped: ("shadows", "black"),
        limits: (\.exposure.darkError, \.exposure.darkWarning, \.exposure.shadowClippingLimit),
        measure: { (max($0.brightness, $0.meanLuma), $0.shadowClipping) })

    public static let descriptor = RuleDescriptor(
        id: grade.rule, summary: "subject brightness (centre-weighted, unclipped pixels) and clipped shadows",
        severity: .error, parameters: grade.parameters)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        Self.grade.findings(facts, configuration)
    }
}
