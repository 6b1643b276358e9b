/// Every built-in rule, in the order findings are reported.
public enum RuleRegistry {
    /// The rules `check` runs.
    public static let all: [any PhotoRule] = [
        UnreadableRule(), FormatRule(), CorruptRule(), PixelLimitRule(), FileSizeRule(), ResolutionRule(),
        TooDarkRule(), TooBrightRule(), BlurRule(), ContrastRule(),
    ]

    /// Their descriptors.
    public static var descriptors: [RuleDescriptor] { all.map { type(of: $0).descriptor } }

    /// Whether `id` names a built-in rule.
    public static func isKnown(_ id: RuleID) -> Bool { descriptors.contains { $0.id == id } }
}
