/// `face-cut-off` (error): the main face box, grown by margins for hair (above), chin (below) and ears (each
/// side), does not fit in the frame. The value is how far it sticks out, in original pixels.
public struct FaceCutOffRule: PhotoRule {
    /// `rules.face-cut-off.top-margin`.
    public static let topMargin = RuleParameter(
        "top-margin", keyPath: \.faceThresholds.cutOffTopMargin, range: .nonNegative, unit: "× face height",
        comparison: "room above ≥", help: "Room needed above the face box for forehead and hair, × its height.")
    /// `rules.face-cut-off.side-margin`.
    public static let sideMargin = RuleParameter(
        "side-margin", keyPath: \.faceThresholds.cutOffSideMargin, range: .nonNegative, unit: "× face width",
        comparison: "each side ≥", help: "Room needed left and right of the face box, × its width.")
    /// `rules.face-cut-off.bottom-margin`.
    public static let bottomMargin = RuleParameter(
        "bottom-margin", keyPath: \.faceThresholds.cutOffBottomMargin, range: .nonNegative, unit: "× face height",
        comparison: "below ≥", help: "Room needed below the face box for the chin, × its height.")

    public static let descriptor = RuleDescriptor(
        id: "face-cut-off", summary: "face box plus margins (more above, for hair) lies inside the frame",
        severity: .error, parameters: [topMargin, sideMargin, bottomMargin], switches: faceCheckSwitches)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let main = context.mainFace else { return [] }
        let limits = context.thresholds
        let grown = main.box.grown(
            left: limits.cutOffSideMargin, top: limits.cutOffTopMargin,
            right: limits.cutOffSideMargin, bottom: limits.cutOffBottomMargin)
        let overshoot = [
            ("left", -grown.x), ("top", -grown.y),
            ("right", grown.maxX - context.imageWidth), ("bottom", grown.maxY - context.imageHeight),
        ]
        .filter { $0.1 > 0 }
        guard let worst = overshoot.max(by: { $0.1 < $1.1 }) else { return [] }
        let edges = overshoot.map(\.0).joined(separator: " and ")
        return [
            finding(
                "face is cut off or too close to the \(edges) edge (head with margins sticks out by "
                    + "\(formatted(worst.1)) px)",
                value: worst.1, threshold: 0, unit: "px", faceBox: main.box)
        ]
    }
}
