/// How serious a finding is.
public enum Severity: String, Sendable, Codable, Comparable {
    /// Worth knowing; the photo still passes (unless `--strict`).
    case warning
    /// The photo fails.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// The stable identifier of a rule, e.g. `too-small`. Used in output, configuration and flags.
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// One problem a rule found in a photo: a bad photo is a finding, not a thrown error.
public struct Finding: Sendable, Codable, Equatable {
    /// The rule that produced it.
    public var rule: RuleID
    /// Error (the photo fails) or warning.
    public var severity: Severity
    /// A sentence for people, e.g. "640×480 is smaller than 512 px on the short side".
    public var message: String
    /// The measured value, in `unit`, when the rule measures one.
    public var value: Double?
    /// The threshold the value was compared against, in `unit`.
    public var threshold: Double?
    /// The unit of `value` and `threshold`, e.g. "px", "bytes", "luma".
    public var unit: String?
    /// The box (original upright pixels) of the face a face rule's finding is about; not part of the JSON
    /// report, which lists the faces beside the findings.
    public var faceBox: FaceBox?

    private enum CodingKeys: String, CodingKey {
        case rule, severity, message, value, threshold, unit
    }

    /// Creates a finding.
    public init(
        rule: RuleID, severity: Severity, message: String, value: Double? = nil, threshold: Double? = nil,
        unit: String? = nil, faceBox: FaceBox? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.value = value
        self.threshold = threshold
        self.unit = unit
        self.faceBox = faceBox
    }
}
