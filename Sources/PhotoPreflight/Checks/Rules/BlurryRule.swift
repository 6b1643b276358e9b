/// `blurry`: with a face, the face (normalised to a 128-pixel width) is soft. Without the face check, even the
/// sharpest parts of the photo, measured at a 512-pixel short side, are; when the face check ran and found no
/// face, the whole frame's Laplacian variance is graded (nothing shows which part is the subject).
public struct BlurryRule: PhotoRule {
    /// `rules.blurry.error`, `--blur-error`.
    public static let error = RuleParameter(
        "error", flag: "blur-error", keyPath: \.sharpness.blurryError, range: .nonNegative, unit: "",
        comparison: "error <", help: "Sharpness score below which a photo without a face fails as blurry.")
    /// `rules.blurry.warning`, `--blur-warning`.
    public static let warning = RuleParameter(
        "warning", flag: "blur-warning", keyPath: \.sharpness.blurryWarning, range: .nonNegative, unit: "",
        comparison: "warning <", help: "Sharpness score below which a photo without a face gets a blurry warning.")
    /// `rules.blurry.face-error`, `--face-blur-error`.
    public static let faceError = RuleParameter(
        "face-error", flag: "face-blur-error", keyPath: \.sharpness.faceBlurryError, range: .nonNegative, unit: "",
        comparison: "face error <", help: "Face sharpness below which a photo fails as blurry.")
    /// `rules.blurry.face-warning`, `--face-blur-warning`.
    public static let faceWarning = RuleParameter(
        "face-warning", flag: "face-blur-warning", keyPath: \.sharpness.faceBlurryWarning, range: .nonNegative,
        unit: "", comparison: "face warning <", help: "Face sharpness below which a photo gets a blurry warning.")

    public static let descriptor = RuleDescriptor(
        id: "blurry", summary: "Laplacian variance of the face; without a face, of the sharpest tiles",
        severity: .error, parameters: [error, warning, faceError, faceWarning],
        details: "Laplacian variance of the main face normalised to a 128 px width when a face is found; "
            + "otherwise of the sharpest tiles at a 512 px short side (of the whole frame when no face is found)")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let metrics = facts.metrics else { return [] }
        let region = MeasuredRegion(facts)
        // Without a face found, nothing shows which part is the subject: the whole frame must be sharp.
        let (value, limits) =
            switch region {
            case .face: (metrics.faceSharpness ?? metrics.sharpness, (Self.faceError, Self.faceWarning))
            case .frame: (metrics.sharpness, (Self.error, Self.warning))
            case .frameWithoutFace: (metrics.wholeFrameSharpness, (Self.error, Self.warning))
            }
        guard
            let (severity, threshold) = ThresholdGrade.grade(
                value, error: limits.0.value(in: configuration), warning: limits.1.value(in: configuration),
                bad: .below)
        else { return [] }
        let word = severity == .error ? "blurry" : "soft"
        return [
            Finding(
                rule: id, severity: severity,
                message: "\(word): sharpness \(Int(value.rounded())) (below \(Int(threshold))) \(region.phrase)",
                value: value, threshold: threshold, unit: "laplacian-variance")
        ]
    }
}
