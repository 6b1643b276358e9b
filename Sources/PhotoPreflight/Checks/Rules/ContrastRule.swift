/// `low-contrast`: the centre-weighted luma spread (5th to 95th percentile) is narrow: a flat, hazy photo.
public struct ContrastRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "low-contrast", summary: "centre-weighted 5th-95th percentile luma spread",
        defaultThreshold: "warning < 40 (luma)", severity: .warning, options: ["--contrast-warning"])

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let threshold = configuration.contrast.lowContrastWarning
        guard metrics.contrast < threshold else { return [] }
        return [
            Finding(
                rule: id, severity: .warning,
                message: "low contrast: luma spread \(Int(metrics.contrast.rounded())) (below \(Int(threshold)))",
                value: metrics.contrast, threshold: threshold, unit: "luma")
        ]
    }
}
