/// `multiple-faces` (error): besides the main face there is another face large enough to matter, that is at
/// least `secondaryFaceRelativeWidth` (default 40 %) of the main face's width.
public enum MultipleFacesRule: FaceRule {
    public static let id = "multiple-faces"
    public static let severity = FaceSeverity.error
    public static let summary = "exactly one face; other faces narrower than 40 % of the main face are ignored"

    public static func evaluate(_ context: FaceRuleContext) -> FaceFinding? {
        guard let main = context.mainFace else { return nil }
        let minimumWidth = main.box.width * context.thresholds.secondaryFaceRelativeWidth
        let others = context.faces.dropFirst().filter { $0.box.width >= minimumWidth }
        guard !others.isEmpty else { return nil }
        let count = others.count + 1
        let percent = formatted(context.thresholds.secondaryFaceRelativeWidth * 100)
        return finding(
            "\(count) faces found; only one is allowed (faces at least \(percent) % as wide as the main face, "
                + "\(formatted(main.box.width)) px, count)",
            value: Double(count), threshold: 1, unit: "faces", face: main)
    }
}
