/// `uneven-lighting` (warning): one half of the main face is much darker than the other (side light, a hard
/// shadow). The value is |left − right| ÷ their mean gray, 0–1, split along the landmarks' midline.
public struct UnevenLightingRule: PhotoRule {
    /// `rules.uneven-lighting.max-asymmetry`, `--max-lighting-asymmetry`.
    public static let maxAsymmetry = RuleParameter(
        "max-asymmetry", flag: "max-lighting-asymmetry", keyPath: \.faceThresholds.maximumLightingAsymmetry,
        range: .fraction, unit: "", comparison: "difference of the halves ÷ their mean ≤",
        help: "Largest brightness difference of the face's two halves, as a fraction of their mean (0-1).")

    public static let descriptor = RuleDescriptor(
        id: "uneven-lighting", summary: "mean gray of the face's left and right halves, from the landmarks",
        severity: .warning, parameters: [maxAsymmetry], switches: faceCheckSwitches,
        details: "mean gray of the two halves of the face outline, split along the nose-to-chin line of "
            + "dlib's 68 landmarks: their difference ÷ their mean")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let (main, landmarks) = context.measuredFace
        else { return [] }
        let limit = context.thresholds.maximumLightingAsymmetry
        guard landmarks.lightingAsymmetry > limit else { return [] }
        let percent = Int((landmarks.lightingAsymmetry * 100).rounded())
        return [
            finding(
                "face is unevenly lit (its two halves differ by \(percent) % of their brightness; at most "
                    + "\(Int((limit * 100).rounded())) %); face the light or soften it",
                value: landmarks.lightingAsymmetry, threshold: limit, faceBox: main.box)
        ]
    }
}
