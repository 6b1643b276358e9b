/// `not-frontal` (warning): the main face is turned, nodding or tilted by more than the limits, in degrees
/// measured from its landmarks (see ``HeadPoseEstimate`` for the method and its accuracy). The value is the angle
/// furthest beyond its limit.
///
/// Without landmarks (no landmark model) it falls back to which of dlib's HOG filters found the face: a warning
/// unless it was one of `acceptedPoses` (only the straight frontal filter by default); the value is then the HOG
/// sub-detector index (0 = frontal, 1–2 turned, 3–4 tilted).
public struct NotFrontalRule: PhotoRule {
    /// `rules.not-frontal.max-yaw`, `--max-yaw`.
    public static let maxYaw = RuleParameter(
        "max-yaw", flag: "max-yaw", keyPath: \.faceThresholds.maximumYaw, range: 0...90, unit: "°",
        comparison: "turn (yaw) ≤", help: "Largest head turn to either side, in degrees.")
    /// `rules.not-frontal.max-pitch`, `--max-pitch`.
    public static let maxPitch = RuleParameter(
        "max-pitch", flag: "max-pitch", keyPath: \.faceThresholds.maximumPitch, range: 0...90, unit: "°",
        comparison: "nod (pitch) ≤", help: "Largest nod of the head up or down, in degrees.")
    /// `rules.not-frontal.max-roll`, `--max-roll`.
    public static let maxRoll = RuleParameter(
        "max-roll", flag: "max-roll", keyPath: \.faceThresholds.maximumRoll, range: 0...180, unit: "°",
        comparison: "tilt (roll) ≤", help: "Largest tilt of the eye line in the image, in degrees.")

    public static let descriptor = RuleDescriptor(
        id: "not-frontal", summary: "head pose of the main face in degrees, from its 68 landmarks",
        severity: .warning, parameters: [maxYaw, maxPitch, maxRoll], switches: faceCheckSwitches,
        details: "head turn (yaw), nod (pitch) and tilt (roll) in degrees, either way, from dlib's 68 landmarks; "
            + "without the landmark model: which HOG filter found the face (only the straight-ahead one passes)")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let main = context.mainFace else { return [] }
        guard let landmarks = context.landmarks else { return poseFilterFindings(main, context.thresholds) }
        let limits = context.thresholds
        let axes = [
            (landmarks.yaw, limits.maximumYaw, "turned", "to the image's right", "to the image's left"),
            (landmarks.pitch, limits.maximumPitch, "tilted", "up", "down"),
            (landmarks.roll, limits.maximumRoll, "rotated", "clockwise", "anticlockwise"),
        ]
        let beyond = axes.filter { abs($0.0) > $0.1 }
        guard let worst = beyond.max(by: { abs($0.0) - $0.1 < abs($1.0) - $1.1 }) else { return [] }
        let parts = beyond.map { angle, limit, verb, positive, negative in
            "\(verb) \(degrees(angle))° \(angle > 0 ? positive : negative) (at most \(degrees(limit))°)"
        }
        return [
            finding(
                "face is not frontal: head \(parts.joined(separator: ", ")); look straight at the camera with the "
                    + "head upright",
                value: worst.0, threshold: worst.1, unit: "°", faceBox: main.box)
        ]
    }

    /// The fallback without landmarks: which HOG filter found the face.
    private func poseFilterFindings(_ main: DetectedFace, _ thresholds: FaceRuleThresholds) -> [Finding] {
        guard !thresholds.acceptedPoses.contains(main.pose) else { return [] }
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

/// A whole number of degrees for messages (the sign is given in words).
private func degrees(_ angle: Double) -> String { "\(Int(abs(angle).rounded()))" }
