/// `too-dark`: under-exposure. With a face, its skin brightness against `face-error` (`--face-dark-error`) and
/// `face-warning` (`--face-dark-warning`). Without one, the whole frame: the centre-weighted mean luma of
/// unclipped pixels against `error` (`--dark-error`) and `warning` (`--dark-warning`), and the share of
/// clipped shadows against `shadow-clipping`.
public struct TooDarkRule: PhotoRule {
    // Without a face, dark only when both the subject's tones and the whole weighted picture are: the brighter estimate.
    static let grade = ExposureGrade(
        rule: "too-dark", problem: "too dark", flag: "dark", direction: .below, clipped: ("shadows", "black"),
        limits: .init(
            error: \.exposure.darkError, warning: \.exposure.darkWarning,
            clipping: \.exposure.shadowClippingLimit, faceError: \.exposure.faceDarkError,
            faceWarning: \.exposure.faceDarkWarning, faceClipping: \.exposure.faceShadowClippingLimit),
        measure: { (max($0.brightness, $0.meanLuma), $0.shadowClipping) }, faceClipping: \.faceShadowClipping)

    public static let descriptor = RuleDescriptor(
        id: grade.rule, summary: "face skin brightness; without a face, subject brightness and clipped shadows",
        severity: .error, parameters: grade.parameters,
        details: "brightness of the main face's inner skin region when a face is found; otherwise the whole "
            + "frame's subject brightness (centre-weighted, unclipped pixels) and clipped shadows")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        Self.grade.findings(facts, configuration)
    }
}
