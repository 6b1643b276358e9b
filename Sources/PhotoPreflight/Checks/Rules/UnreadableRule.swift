/// `unreadable`: the file could not be read (permissions, vanished, not a regular file).
public struct UnreadableRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "unreadable", summary: "the file can be opened and read", severity: .error, requirement: "readable",
        details: "the file can be read (permissions, not a regular file)")

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let reason = facts.readError else { return [] }
        return [Finding(rule: id, severity: .error, message: "cannot read the file: \(reason)")]
    }
}
