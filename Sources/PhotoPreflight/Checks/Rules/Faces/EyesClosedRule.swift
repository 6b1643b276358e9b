/// `eyes-closed` (error): both eyes of the main face are shut or nearly so. The value is the aspect ratio (lid
/// gap ÷ eye width) of the more open eye.
///
/// An error, not a warning: HeyGen animates the photo as it is, so an avatar made from closed eyes blinks
/// wrongly or shows shut eyes throughout, and the only fix is another photo. It needs both eyes shut, so a
/// wink or a squint in one eye passes; the default 0.15 lies below the 0.2–0.35 of open or smiling eyes on the
/// shared corpus and above the 0.05–0.12 that closed eyes measure.
public struct EyesClosedRule: PhotoRule {
    /// `rules.eyes-closed.min-openness`, `--min-eye-openness`.
    public static let minOpenness = RuleParameter(
        "min-openness", flag: "min-eye-openness", keyPath: \.faceThresholds.minimumEyeOpenness, range: .fraction,
        unit: "", comparison: "more open eye's aspect ratio ≥",
        help: "Smallest eye aspect ratio (lid gap ÷ eye width) of the more open eye.")

    public static let descriptor = RuleDescriptor(
        id: "eyes-closed", summary: "eye aspect ratio (lid gap ÷ eye width) of each eye, from the landmarks",
        severity: .error, parameters: [minOpenness], switches: faceCheckSwitches,
        details: "eye aspect ratio (lid gap ÷ eye width) of each eye, from dlib's 68 landmarks; fails only "
            + "when both eyes are shut")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let (main, landmarks) = context.measuredFace
        else { return [] }
        let openness = max(landmarks.leftEyeOpenness, landmarks.rightEyeOpenness)
        let limit = context.thresholds.minimumEyeOpenness
        guard openness < limit else { return [] }
        return [
            finding(
                "eyes look closed (eye aspect ratio \(formatted(landmarks.leftEyeOpenness)) and "
                    + "\(formatted(landmarks.rightEyeOpenness)); at least \(formatted(limit)) is needed); "
                    + "use a photo with the eyes open",
                value: openness, threshold: limit, faceBox: main.box)
        ]
    }
}
