/// `blurry`: the sharpest parts of the photo, measured at a 512-pixel short side, are still soft.
public struct BlurRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "blurry", summary: "Laplacian variance of the sharpest tiles at a 512 px short side",
        defaultThreshold: "error < 40, warning < 100", severity: .error,
        options: ["--blur-error", "--blur-warning"])

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
