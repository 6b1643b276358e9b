/// `too-large`: the file must be at most the byte limit (HeyGen: "under 10 MB"). `fix` can shrink it.
public struct TooLargeRule: PhotoRule {
    /// `rules.too-large.max-bytes`, `--max-bytes`.
    public static let maxBytes = RuleParameter(
        "max-bytes", flag: "max-bytes", keyPath: \.maximumBytes, range: .positiveCount, unit: "bytes",
        comparison: "≤", help: "Maximum file size in bytes.")

    public static let descriptor = RuleDescriptor(
        id: "too-large", summary: "file size at most the limit (fixable)", severity: .error, parameters: [maxBytes],
        details: "file size (`photo-preflight fix` can recompress it)")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard facts.readError == nil, facts.byteCount > configuration.maximumBytes else { return [] }
        return [
            finding(
                "\(facts.byteCount) bytes is over the \(configuration.maximumBytes)-byte limit "
                    + "(`photo-preflight fix` can recompress it)",
                value: Double(facts.byteCount), threshold: Double(configuration.maximumBytes), unit: "bytes")
        ]
    }
}
