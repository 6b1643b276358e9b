/// `too-bright`: over-exposure. With a face, its skin brightness against `face-error` (`--face-bright-error`)
/// and `face-warning` (`--face-bright-warning`): blown pixels on a face are part of its exposure. Without
/// one, the whole frame: the centre-weighted mean luma of unclipped pixels against `error` (`--bright-error`)
/// and `warning` (`--bright-warning`), and the share of clipped highlights against `highlight-clipping`.
public struct TooBrightRule: PhotoRule {
    // Without a face, bright only when both the subject's tones and the whole weighted picture are: the darker estimate.
    static let grade = ExposureGrade(
        rule: "too-bright", problem: "too bright", flag: "bright", direction: .above, clipped: ("highlights", "white"),
        limits: .init(
            error: \.exposure.brightError, warning: \.exposure.brightWarning,
            clipping: \.exposure.highlightClippingLimit, faceError: \.exposure.faceBrightError,
            faceWarning: \.exposure.faceBrightWarning, faceClipping: \.exposure.faceHighlightClippingLimit),
        measure: { (min($0.brightness, $0.meanLuma), $0.highlightClipping) }, faceClipping: \.faceHighlightClipping)

    public static let descriptor = RuleDescriptor(
        id: grade.rule, summary: "face skin brightness; without a face, subject brightness and clipped highlights",
        severity: .error, parameters: grade.parameters,
        details: "brightness of the main face's inner skin region when a face is found; otherwise the whole "
            + "frame's subject brightness (centre-weighted, unclipped pixels) and clipped highlights")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        Self.grade.findings(facts, configuration)
    }
}
