/// `face-cut-off` (error): the main face box, grown by margins for hair (40 % of its height upwards), chin
/// (15 % downwards) and ears (15 % of its width each side), does not fit in the frame. The value is how far it
/// sticks out, in original pixels.
public enum FaceCutOffRule: FaceRule {
    public static let id = "face-cut-off"
    public static let severity = FaceSeverity.error
    public static let summary = "face box plus margins (more above, for hair) lies inside the frame"

    public static func evaluate(_ context: FaceRuleContext) -> FaceFinding? {
        guard let main = context.mainFace else { return nil }
        let limits = context.thresholds
        let grown = main.box.grown(
            left: limits.cutOffSideMargin, top: limits.cutOffTopMargin,
            right: limits.cutOffSideMargin, bottom: limits.cutOffBottomMargin)
        let overshoot = [
            ("left", -grown.x), ("top", -grown.y),
            ("right", grown.maxX - context.imageWidth), ("bottom", grown.maxY - context.imageHeight),
        ]
        .filter { $0.1 > 0 }
        guard let worst = overshoot.max(by: { $0.1 < $1.1 }) else { return nil }
        let edges = overshoot.map(\.0).joined(separator: " and ")
        return finding(
            "face is cut off or too close to the \(edges) edge (head with margins sticks out by "
                + "\(formatted(worst.1)) px)",
            value: worst.1, threshold: 0, unit: "px", face: main)
    }
}
