/// `low-contrast`: the centre-weighted luma spread (5th to 95th percentile) is narrow: a flat, hazy photo.
public struct LowContrastRule: PhotoRule {
    /// `rules.low-contrast.warning`, `--contrast-warning`.
    public static let warning = RuleParameter(
        "warning", flag: "contrast-warning", keyPath: \.contrast.lowContrastWarning, range: .luma, unit: "luma",
        comparison: "warning <", help: "Luma spread below which a photo gets a low-contrast warning (0-255).")

    public static let descriptor = RuleDescriptor(
        id: "low-contrast", summary: "centre-weighted 5th-95th percentile luma spread", severity: .warning,
        parameters: [warning],
        details: "5th–95th percentile luma spread, centre-weighted")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let threshold = configuration.contrast.lowContrastWarning
        guard metrics.contrast < threshold else { return [] }
        return [
            finding(
                "low contrast: luma spread \(Int(metrics.contrast.rounded())) (below \(Int(threshold)))",
                value: metrics.contrast, threshold: threshold, unit: "luma")
        ]
    }
}
