/// How bad a face finding is.
public enum FaceSeverity: String, Sendable, Hashable, Codable {
    /// The photo should not be uploaded.
    case error
    /// The photo may work but is likely to give a poorer avatar.
    case warning
}

/// One failed face rule: which rule, how bad, what was measured against which limit.
public struct FaceFinding: Sendable, Hashable, Codable {
    /// Stable rule id, for example `no-face`.
    public var ruleID: String
    /// Severity of the rule.
    public var severity: FaceSeverity
    /// One human-readable sentence with the measured value and the limit.
    public var message: String
    /// The measured value, in ``unit``.
    public var value: Double
    /// The limit the value was compared with, in ``unit``.
    public var threshold: Double
    /// Unit of ``value`` and ``threshold``, for example `px` or `faces`.
    public var unit: String
    /// The box (original upright pixels) of the face the finding is about; `nil` when it is about no face.
    public var faceBox: FaceBox?

    /// Creates a finding.
    public init(
        ruleID: String, severity: FaceSeverity, message: String, value: Double, threshold: Double, unit: String,
        faceBox: FaceBox? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.value = value
        self.threshold = threshold
        self.unit = unit
        self.faceBox = faceBox
    }
}
