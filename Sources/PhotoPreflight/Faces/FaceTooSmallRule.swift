/// `face-too-small` (error): the main face box is smaller than `minimumFaceSide` × `minimumFaceSide`
/// original pixels (default 200 × 200, HeyGen's limit).
public enum FaceTooSmallRule: FaceRule {
    public static let id = "face-too-small"
    public static let severity = FaceSeverity.error
    public static let summary = "main face box at least 200×200 px in original pixels"

    public static func evaluate(_ context: FaceRuleContext) -> FaceFinding? {
        guard let main = context.mainFace else { return nil }
        let side = min(main.box.width, main.box.height)
        let limit = context.thresholds.minimumFaceSide
        guard side < limit else { return nil }
        return finding(
            "face is \(formatted(main.box.width))×\(formatted(main.box.height)) px; "
                + "at least \(formatted(limit))×\(formatted(limit)) px is needed",
            value: side, threshold: limit, unit: "px", face: main)
    }
}
