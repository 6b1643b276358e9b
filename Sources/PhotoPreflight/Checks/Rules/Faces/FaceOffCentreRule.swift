/// `face-off-centre` (warning): the main face centre is further than `maximumHorizontalOffset` of the image
/// width from the middle, or higher than `minimumVerticalPosition` or lower than `maximumVerticalPosition` of
/// the image height. The value is the offending position as a fraction.
public struct FaceOffCentreRule: PhotoRule {
    /// `rules.face-off-centre.max-horizontal-offset`.
    public static let maxHorizontalOffset = RuleParameter(
        "max-horizontal-offset", keyPath: \.faceThresholds.maximumHorizontalOffset, range: .fraction,
        unit: "× width", comparison: "centre from the middle ≤",
        help: "Largest distance of the face centre from the middle, as a fraction of the width (0-1).")
    /// `rules.face-off-centre.min-vertical-position`.
    public static let minVerticalPosition = RuleParameter(
        "min-vertical-position", keyPath: \.faceThresholds.minimumVerticalPosition, range: .fraction,
        unit: "× height", comparison: "centre down ≥",
        help: "Highest allowed face centre, as a fraction of the height from the top (0-1).")
    /// `rules.face-off-centre.max-vertical-position`.
    public static let maxVerticalPosition = RuleParameter(
        "max-vertical-position", keyPath: \.faceThresholds.maximumVerticalPosition, range: .fraction,
        unit: "× height", comparison: "centre down ≤",
        help: "Lowest allowed face centre, as a fraction of the height from the top (0-1).")

    public static let descriptor = RuleDescriptor(
        id: "face-off-centre", summary: "face centre near the middle across, in the upper part down",
        severity: .warning, parameters: [maxHorizontalOffset, minVerticalPosition, maxVerticalPosition],
        switches: faceCheckSwitches)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let main = context.mainFace,
            context.imageWidth > 0, context.imageHeight > 0
        else { return [] }
        let limits = context.thresholds
        let horizontal = abs(main.box.midX / context.imageWidth - 0.5)
        let vertical = main.box.midY / context.imageHeight
        if horizontal > limits.maximumHorizontalOffset {
            let side = main.box.midX < context.imageWidth / 2 ? "left" : "right"
            return [
                finding(
                    "face is off-centre: its centre is \(percent(horizontal)) of the width \(side) of the middle "
                        + "(at most \(percent(limits.maximumHorizontalOffset)))",
                    value: horizontal, threshold: limits.maximumHorizontalOffset, unit: "fraction of width",
                    faceBox: main.box)
            ]
        }
        if vertical < limits.minimumVerticalPosition {
            return [
                finding(
                    "face is too high: its centre is \(percent(vertical)) down the image "
                        + "(at least \(percent(limits.minimumVerticalPosition)))",
                    value: vertical, threshold: limits.minimumVerticalPosition, unit: "fraction of height",
                    faceBox: main.box)
            ]
        }
        if vertical > limits.maximumVerticalPosition {
            return [
                finding(
                    "face is too low: its centre is \(percent(vertical)) down the image "
                        + "(at most \(percent(limits.maximumVerticalPosition)))",
                    value: vertical, threshold: limits.maximumVerticalPosition, unit: "fraction of height",
                    faceBox: main.box)
            ]
        }
        return []
    }

    private func percent(_ fraction: Double) -> String {
        "\(formatted(fraction * 100)) %"
    }
}
