/// `too-large`: the file must be at most 10,000,000 bytes (HeyGen: "under 10 MB"). `fix` can shrink it.
public struct FileSizeRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "too-large", summary: "file size at most the limit (fixable)", defaultThreshold: "10,000,000 bytes",
        severity: .error, options: ["--max-bytes"])

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard facts.readError == nil, facts.byteCount > configuration.maximumBytes else { return [] }
        return [
            Finding(
                rule: id, severity: .error,
                message: "\(facts.byteCount) bytes is over the \(configuration.maximumBytes)-byte limit "
                    + "(`photo-preflight fix` can recompress it)",
                value: Double(facts.byteCount), threshold: Double(configuration.maximumBytes), unit: "bytes")
        ]
    }
}
