/// `too-small`: both sides, as displayed (after EXIF orientation), at least 512 pixels.
public struct ResolutionRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "too-small", summary: "both displayed sides at least the minimum", defaultThreshold: "512 px",
        severity: .error, options: ["--min-side"])

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let header = facts.header ?? facts.decodeError?.header else { return [] }
        let size = header.displayedSize
        let shortSide = min(size.width, size.height)
        guard shortSide < configuration.minimumSide else { return [] }
        return [
            Finding(
                rule: id, severity: .error,
                message:
                    "\(size.width)×\(size.height) px is smaller than \(configuration.minimumSide) px on the short side",
                value: Double(shortSide), threshold: Double(configuration.minimumSide), unit: "px")
        ]
    }
}
