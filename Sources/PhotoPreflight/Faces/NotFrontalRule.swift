/// `not-frontal` (warning): the main face was found by one of dlib's turned-head or tilted-head HOG filters,
/// not the straight frontal one. The value is the HOG sub-detector index (0 = frontal, 1–2 turned, 3–4 tilted).
public enum NotFrontalRule: FaceRule {
    public static let id = "not-frontal"
    public static let severity = FaceSeverity.warning
    public static let summary = "main face looks straight at the camera, head upright (HOG filter 0)"

    public static func evaluate(_ context: FaceRuleContext) -> FaceFinding? {
        guard let main = context.mainFace, !context.thresholds.acceptedPoses.contains(main.pose) else { return nil }
        let description =
            switch main.pose {
            case .frontal: "frontal"
            case .lookingLeft, .lookingRight: "turned to the side (\(main.pose.rawValue))"
            case .rotatedLeft, .rotatedRight: "tilted (\(main.pose.rawValue))"
            }
        return finding(
            "face is not frontal: head \(description); look straight at the camera with the head upright",
            value: Double(main.pose.hogSubDetector), threshold: 0, unit: "HOG sub-detector", face: main)
    }
}
