/// `face-off-centre` (warning): the main face centre is more than `maximumHorizontalOffset` (default 20 %) of
/// the image width from the middle, or higher than `minimumVerticalPosition` (15 %) or lower than
/// `maximumVerticalPosition` (65 %) of the image height. The value is the offending position as a fraction.
public enum FaceOffCentreRule: FaceRule {
    public static let id = "face-off-centre"
    public static let severity = FaceSeverity.warning
    public static let summary = "face centre within ±20 % of the width from the middle, 15–65 % down the height"

    public static func evaluate(_ context: FaceRuleContext) -> FaceFinding? {
        guard let main = context.mainFace, context.imageWidth > 0, context.imageHeight > 0 else { return nil }
        let limits = context.thresholds
        let horizontal = abs(main.box.midX / context.imageWidth - 0.5)
        let vertical = main.box.midY / context.imageHeight
        if horizontal > limits.maximumHorizontalOffset {
            let side = main.box.midX < context.imageWidth / 2 ? "left" : "right"
            return finding(
                "face is off-centre: its centre is \(percent(horizontal)) of the width \(side) of the middle "
                    + "(at most \(percent(limits.maximumHorizontalOffset)))",
                value: horizontal, threshold: limits.maximumHorizontalOffset, unit: "fraction of width",
                face: main)
        }
        if vertical < limits.minimumVerticalPosition {
            return finding(
                "face is too high: its centre is \(percent(vertical)) down the image "
                    + "(at least \(percent(limits.minimumVerticalPosition)))",
                value: vertical, threshold: limits.minimumVerticalPosition, unit: "fraction of height", face: main)
        }
        if vertical > limits.maximumVerticalPosition {
            return finding(
                "face is too low: its centre is \(percent(vertical)) down the image "
                    + "(at most \(percent(limits.maximumVerticalPosition)))",
                value: vertical, threshold: limits.maximumVerticalPosition, unit: "fraction of height", face: main)
        }
        return nil
    }

    private static func percent(_ fraction: Double) -> String {
        "\(formatted(fraction * 100)) %"
    }
}
