/// Every built-in rule, in the order findings are reported.
public enum RuleRegistry {
    /// The rules `check` runs.
    public static let all: [any PhotoRule] = [
        UnreadableRule(), FormatRule(), CorruptRule(), PixelLimitRule(), FileSizeRule(), ResolutionRule(),
        TooDarkRule(), TooBrightRule(), BlurRule(), ContrastRule(),
    ]

    /// The descriptors of every rule, the face rules last.
    public static var descriptors: [RuleDescriptor] {
        all.map { type(of: $0).descriptor } + faceDescriptors
    }

    /// The face rules, which run when a face detector is configured.
    public static let faceDescriptors: [RuleDescriptor] = FaceRules.all.map { rule in
        RuleDescriptor(
            id: RuleID(rawValue: rule.id), summary: rule.summary, defaultThreshold: faceDefaults[rule.id] ?? "",
            severity: rule.severity == .error ? .error : .warning, options: ["--no-face-check"])
    }

    private static let faceDefaults = [
        "no-face": "≥ 1 face", "multiple-faces": "no other face ≥ 40 % of the main face's width",
        "face-too-small": "≥ 200×200 px", "face-cut-off": "face + margins inside the frame",
        "face-off-centre": "centre within ±20 % of the middle, 15-65 % down", "not-frontal": "frontal",
    ]

    /// Whether `id` names a built-in rule.
    public static func isKnown(_ id: RuleID) -> Bool { descriptors.contains { $0.id == id } }
}
