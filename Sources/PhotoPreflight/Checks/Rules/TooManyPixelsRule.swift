/// `too-many-pixels`: the header declares more pixels than the limit (decompression bombs). The file is
/// refused before any pixel memory is allocated.
public struct TooManyPixelsRule: PhotoRule {
    /// `rules.too-many-pixels.max-pixels`, `--max-pixels`.
    public static let maxPixels = RuleParameter(
        "max-pixels", flag: "max-pixels", keyPath: \.maxPixels, range: .positiveCount, unit: "pixels",
        comparison: "≤", help: "Refuse images whose header declares more pixels than this.")

    public static let descriptor = RuleDescriptor(
        id: "too-many-pixels", summary: "header declares at most the pixel limit; refused before decoding",
        severity: .error, parameters: [maxPixels],
        details: "pixels declared by the header, checked before any pixel memory is allocated (decompression bombs)")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let error = facts.decodeError, error.kind == .tooManyPixels, let header = error.header else { return [] }
        return [
            finding(
                "header declares \(header.width)×\(header.height) = \(header.pixelCount) pixels, "
                    + "over the limit of \(configuration.maxPixels); not decoded",
                value: Double(header.pixelCount), threshold: Double(configuration.maxPixels), unit: "pixels")
        ]
    }
}
