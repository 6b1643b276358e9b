/// `not-frontal` (warning): the main face was found by one of dlib's turned-head or tilted-head HOG filters,
/// not the straight frontal one. The value is the HOG sub-detector index (0 = frontal, 1–2 turned, 3–4 tilted).
public struct NotFrontalRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "not-frontal", summary: "main face looks straight at the camera, head upright (HOG filter 0)",
        severity: .warning, requirement: "frontal", switches: faceCheckSwitches,
        details: "found by dlib's straight-ahead filter, not a turned- or tilted-head one")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let main = context.mainFace,
            !context.thresholds.acceptedPoses.contains(main.pose)
        else { return [] }
        let description =
            switch main.pose {
            case .frontal: "frontal"
            case .lookingLeft, .lookingRight: "turned to the side (\(main.pose.rawValue))"
            case .rotatedLeft, .rotatedRight: "tilted (\(main.pose.rawValue))"
            }
        return [
            finding(
                "face is not frontal: head \(description); look straight at the camera with the head upright",
                value: Double(main.pose.hogSubDetector), threshold: 0, unit: "HOG sub-detector", faceBox: main.box)
        ]
    }
}
