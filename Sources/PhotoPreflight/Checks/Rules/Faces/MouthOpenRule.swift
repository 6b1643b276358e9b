/// `mouth-open` (warning): the main face's mouth is open wider than HeyGen's neutral expression or slight smile.
/// The value is the inner-lip gap ÷ the mouth width.
public struct MouthOpenRule: PhotoRule {
    /// `rules.mouth-open.max-openness`, `--max-mouth-openness`.
    public static let maxOpenness = RuleParameter(
        "max-openness", flag: "max-mouth-openness", keyPath: \.faceThresholds.maximumMouthOpenness,
        range: .fraction, unit: "", comparison: "inner-lip gap ÷ mouth width ≤",
        help: "Largest inner-lip gap as a fraction of the mouth width.")

    public static let descriptor = RuleDescriptor(
        id: "mouth-open", summary: "inner-lip gap ÷ mouth width, from the landmarks",
        severity: .warning, parameters: [maxOpenness], switches: faceCheckSwitches,
        details: "inner-lip gap ÷ mouth width, from dlib's 68 landmarks (HeyGen asks for a neutral "
            + "expression or a slight smile)")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let (main, landmarks) = context.measuredFace
        else { return [] }
        let limit = context.thresholds.maximumMouthOpenness
        guard landmarks.mouthOpenness > limit else { return [] }
        return [
            finding(
                "mouth is open (lip gap \(formatted(landmarks.mouthOpenness)) of the mouth width; at most "
                    + "\(formatted(limit))); use a neutral expression or a slight smile",
                value: landmarks.mouthOpenness, threshold: limit, faceBox: main.box)
        ]
    }
}
