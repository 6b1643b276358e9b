/// `face-too-small` (error): the main face box is smaller than `minimumFaceSide` × `minimumFaceSide`
/// original pixels (HeyGen's limit is 200 × 200).
public struct FaceTooSmallRule: PhotoRule {
    /// `rules.face-too-small.min-side`, `--min-face-side`.
    public static let minSide = RuleParameter(
        "min-side", flag: "min-face-side", keyPath: \.faceThresholds.minimumFaceSide, range: .nonNegative,
        unit: "px", comparison: "main face side ≥", help: "Smallest side of the main face box in original pixels.")

    public static let descriptor = RuleDescriptor(
        id: "face-too-small", summary: "main face box (dlib's tight box, eyebrows to chin) in original pixels",
        severity: .error, parameters: [minSide], switches: faceCheckSwitches)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let main = context.mainFace else { return [] }
        let side = min(main.box.width, main.box.height)
        let limit = context.thresholds.minimumFaceSide
        guard side < limit else { return [] }
        return [
            finding(
                "face is \(formatted(main.box.width))×\(formatted(main.box.height)) px; "
                    + "at least \(formatted(limit))×\(formatted(limit)) px is needed",
                value: side, threshold: limit, unit: "px", faceBox: main.box)
        ]
    }
}
