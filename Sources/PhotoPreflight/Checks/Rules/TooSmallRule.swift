/// `too-small`: both sides, as displayed (after EXIF orientation), at least the minimum.
public struct TooSmallRule: PhotoRule {
    /// `rules.too-small.min-side`, `--min-side`.
    public static let minSide = RuleParameter(
        "min-side", flag: "min-side", keyPath: \.minimumSide, range: .positiveCount, unit: "px", comparison: "≥",
        help: "Minimum displayed width and height in pixels.")

    public static let descriptor = RuleDescriptor(
        id: "too-small", summary: "both displayed sides at least the minimum", severity: .error, parameters: [minSide],
        details: "both sides as displayed (after EXIF orientation)")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let header = facts.header ?? facts.decodeError?.header else { return [] }
        let size = header.displayedSize
        let shortSide = min(size.width, size.height)
        guard shortSide < configuration.minimumSide else { return [] }
        return [
            finding(
                "\(size.width)×\(size.height) px is smaller than \(configuration.minimumSide) px on the short side",
                value: Double(shortSide), threshold: Double(configuration.minimumSide), unit: "px")
        ]
    }
}
