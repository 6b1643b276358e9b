/// `too-many-pixels`: the header declares more pixels than the limit (decompression bombs). The file is
/// refused before any pixel memory is allocated.
public struct PixelLimitRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "too-many-pixels", summary: "header declares at most the pixel limit; refused before decoding",
        defaultThreshold: "100,000,000 pixels", severity: .error, options: ["--max-pixels"])

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let error = facts.decodeError, error.kind == .tooManyPixels, let header = error.header else { return [] }
        return [
            Finding(
                rule: id, severity: .error,
                message: "header declares \(header.width)×\(header.height) = \(header.pixelCount) pixels, "
                    + "over the limit of \(configuration.maxPixels); not decoded",
                value: Double(header.pixelCount), threshold: Double(configuration.maxPixels), unit: "pixels")
        ]
    }
}
