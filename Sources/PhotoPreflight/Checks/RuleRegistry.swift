/// Every built-in rule, in the order findings are reported.
public enum RuleRegistry {
    /// The rules that look at the file, its header and its pixels.
    public static let photoRules: [any PhotoRule] = [
        UnreadableRule(), FormatRule(), CorruptRule(), TooManyPixelsRule(), TooSmallRule(), TooLargeRule(),
        TooDarkRule(), TooBrightRule(), BlurryRule(), LowContrastRule(),
    ]

    /// The rules that look at the faces; they find nothing when the face check did not run.
    public static let faceRules: [any PhotoRule] = [
        NoFaceRule(), MultipleFacesRule(), FaceTooSmallRule(), FaceCutOffRule(), FaceOffCentreRule(),
        NotFrontalRule(), EyesClosedRule(), MouthOpenRule(), UnevenLightingRule(),
    ]

    /// The rules `check` runs, the face rules last.
    public static let all: [any PhotoRule] = photoRules + faceRules

    /// The descriptors of every rule, in report order.
    public static var descriptors: [RuleDescriptor] { all.map { type(of: $0).descriptor } }

    /// Every declared parameter with the rule it belongs to, in report order.
    public static var parameters: [(rule: RuleID, parameter: RuleParameter)] {
        descriptors.flatMap { descriptor in descriptor.parameters.map { (descriptor.id, $0) } }
    }

    /// Whether `id` names a built-in rule.
    public static func isKnown(_ id: RuleID) -> Bool { descriptors.contains { $0.id == id } }

    /// Runs the face rules alone over `faces` (as the face check reports them), for tools and tests that
    /// detect faces themselves. Disabled rules are skipped.
    public static func evaluateFaceRules(
        _ faces: FaceFacts, configuration: PreflightConfiguration = PreflightConfiguration()
    ) -> [Finding] {
        let facts = PhotoFacts(
            fileName: "", byteCount: 0, sniffed: SniffedFormat(format: .unknown, damagedSignature: false),
            faces: faces)
        return faceRules.filter { configuration.isEnabled($0.id) }
            .flatMap { $0.evaluate(facts, configuration: configuration) }
    }
}
