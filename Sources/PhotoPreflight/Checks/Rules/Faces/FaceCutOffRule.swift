/// `face-cut-off`: an error when the main face's tight detector box touches or leaves the frame (part of the
/// face is missing); a warning when only the margins added for hair (above), chin (below) and ears (each
/// side) stick out, since HeyGen animates close-ups whose hair leaves the frame. The value is how far the
/// box with its margins sticks out, in original pixels.
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
        id: "face-cut-off", summary: "face box inside the frame (error); with margins for hair and chin (warning)",
        severity: .error, parameters: [topMargin, sideMargin, bottomMargin], switches: faceCheckSwitches,
        details: "error when dlib's tight face box touches or leaves the frame; warning when only the margins "
            + "around it (more above, for hair) stick out")

    public init() {}

    /// The frame the rule wants inside the photo: `box` grown by the configured margins (original pixels).
    static func frame(around box: FaceBox, _ limits: FaceRuleThresholds) -> FaceBox {
        box.grown(
            left: limits.cutOffSideMargin, top: limits.cutOffTopMargin, right: limits.cutOffSideMargin,
            bottom: limits.cutOffBottomMargin)
    }

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let main = context.mainFace else { return [] }
        let (width, height) = (context.imageWidth, context.imageHeight)
        /// How far each edge of `box` lies past the frame's edges (≥ 0 touches or leaves it).
        func overshoot(_ box: FaceBox) -> [(edge: String, pixels: Double)] {
            [("left", -box.x), ("top", -box.y), ("right", box.maxX - width), ("bottom", box.maxY - height)]
        }
        let cut = overshoot(main.box).filter { $0.pixels >= 0 }.map(\.edge)
        let short = overshoot(Self.frame(around: main.box, context.thresholds)).filter { $0.pixels > 0 }
        guard let worst = short.max(by: { $0.pixels < $1.pixels }) else { return [] }
        let sticksOut = "head with margins sticks out by \(formatted(worst.pixels)) px"
        if !cut.isEmpty {
            return [
                finding(
                    "face is cut off at the \(cut.joined(separator: " and ")) edge (the face box itself reaches "
                        + "the frame; \(sticksOut))", value: worst.pixels, threshold: 0, unit: "px", faceBox: main.box)
            ]
        }
        var warning = finding(
            "face is too close to the \(short.map(\.edge).joined(separator: " and ")) edge (\(sticksOut); the "
                + "face itself is inside)", value: worst.pixels, threshold: 0, unit: "px", faceBox: main.box)
        warning.severity = .warning
        return [warning]
    }
}
