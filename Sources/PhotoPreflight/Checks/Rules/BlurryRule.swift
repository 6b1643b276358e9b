/// `blurry`: the sharpest parts of the photo, measured at a 512-pixel short side, are still soft.
public struct BlurryRule: PhotoRule {
    /// `rules.blurry.error`, `--blur-error`.
    public static let error = RuleParameter(
        "error", flag: "blur-error", keyPath: \.sharpness.blurryError, range: .nonNegative, unit: "",
        comparison: "error <", help: "Sharpness score below which a photo fails as blurry.")
    /// `rules.blurry.warning`, `--blur-warning`.
    public static let warning = RuleParameter(
        "warning", flag: "blur-warning", keyPath: \.sharpness.blurryWarning, range: .nonNegative, unit: "",
        comparison: "warning <", help: "Sharpness score below which a photo gets a blurry warning.")

    public static let descriptor = RuleDescriptor(
        id: "blurry", summary: "Laplacian variance of the sharpest tiles at a 512 px short side", severity: .error,
        parameters: [error, warning])

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let limits = configuration.sharpness
        guard
            let (severity, threshold) = ThresholdGrade.grade(
                metrics.sharpness, error: limits.blurryError, warning: limits.blurryWarning, bad: .below)
        else { return [] }
        let word = severity == .error ? "blurry" : "soft"
        return [
            Finding(
                rule: id, severity: severity,
                message: "\(word): sharpness \(Int(metrics.sharpness.rounded())) (below \(Int(threshold)))",
                value: metrics.sharpness, threshold: threshold, unit: "laplacian-variance")
        ]
    }
}
