/// `no-face` (error): no face was detected after applying the EXIF orientation. HeyGen rejects such photos
/// with "No face detected, please try another photo". When the detector itself fails, this rule reports that
/// the face check could not run (an error too: the photo was not shown to have a face).
public struct NoFaceRule: PhotoRule {
    /// `rules.no-face.minimum-score`: detections scoring lower are ignored by every face rule.
    public static let minimumScore = RuleParameter(
        "minimum-score", keyPath: \.faceThresholds.minimumScore, range: .nonNegative, unit: "",
        comparison: "a face with dlib score ≥",
        help: "Detections scoring below this are ignored by every face rule (dlib confidence).")

    public static let descriptor = RuleDescriptor(
        id: "no-face", summary: "at least one face is detected, after EXIF orientation", severity: .error,
        parameters: [minimumScore], switches: faceCheckSwitches)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        if let failure = facts.faces?.failure {
            return [finding("the face check could not run: \(failure)")]
        }
        guard let context = FaceRuleContext(facts, configuration), context.faces.isEmpty else { return [] }
        return [
            finding(
                "no face detected (a frontal, upright, clearly visible face is needed)", value: 0, threshold: 1,
                unit: "faces")
        ]
    }
}
