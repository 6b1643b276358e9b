/// What a rule is, declared once in the rule's file: `rules`, the config keys, the flags, SARIF and the README
/// table are derived from it.
public struct RuleDescriptor: Sendable {
    /// Stable id, e.g. `blurry`.
    public var id: RuleID
    /// One line: what it checks (no default values: those come from ``parameters``).
    public var summary: String
    /// The severity of a clear violation.
    public var severity: Severity
    /// The thresholds that tune it, in the order they are listed.
    public var parameters: [RuleParameter]
    /// What passes, in words, for what the parameters do not say (e.g. "JPEG, PNG"); may be empty.
    public var requirement: String
    /// Command-line switches that affect it besides its parameters' flags (e.g. `--no-face-check`).
    public var switches: [String]
    /// What it measures, at more length than `summary`, for the README's rule table; may be empty.
    public var details: String

    /// Creates a descriptor.
    public init(
        id: RuleID, summary: String, severity: Severity, parameters: [RuleParameter] = [], requirement: String = "",
        switches: [String] = [], details: String = ""
    ) {
        self.id = id
        self.summary = summary
        self.severity = severity
        self.parameters = parameters
        self.requirement = requirement
        self.switches = switches
        self.details = details
    }

    /// The default threshold in words, computed from `PreflightConfiguration()`, e.g. "error < 35 luma, ...".
    public var defaultThreshold: String {
        (parameters.map(\.defaultRequirement) + (requirement.isEmpty ? [] : [requirement]))
            .joined(separator: ", ")
    }

    /// Command-line options that tune it: its parameters' flags, then its switches.
    public var options: [String] { parameters.compactMap { $0.flag.map { "--\($0)" } } + switches }
}

/// A check with a stable id that turns facts into findings.
public protocol PhotoRule: Sendable {
    /// What the rule is.
    static var descriptor: RuleDescriptor { get }
    /// The findings for one photo (empty when it complies).
    func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding]
}

extension PhotoRule {
    /// The rule's id.
    public static var id: RuleID { descriptor.id }
    /// The rule's id.
    public var id: RuleID { Self.descriptor.id }

    /// A finding of this rule at its declared severity.
    func finding(
        _ message: String, value: Double? = nil, threshold: Double? = nil, unit: String? = nil,
        faceBox: FaceBox? = nil
    ) -> Finding {
        Finding(
            rule: id, severity: Self.descriptor.severity, message: message, value: value, threshold: threshold,
            unit: unit, faceBox: faceBox)
    }
}
