/// What a rule is, for documentation, `--list-rules` and configuration.
public struct RuleDescriptor: Sendable {
    /// Stable id, e.g. `blurry`.
    public var id: RuleID
    /// One line: what it checks.
    public var summary: String
    /// The default threshold, in words, e.g. "short side ≥ 512 px".
    public var defaultThreshold: String
    /// The severity of a clear violation.
    public var severity: Severity
    /// Command-line options that tune it.
    public var options: [String]
}

/// Everything known about one photo when the rules run.
public struct PhotoFacts: Sendable {
    /// The file name (for the extension check); may be empty for in-memory data.
    public var fileName: String
    /// File size in bytes.
    public var byteCount: Int
    /// The format the leading bytes show.
    public var sniffed: SniffedFormat
    /// The header, when it could be read.
    public var header: ImageHeader?
    /// Why decoding failed, if it did.
    public var decodeError: DecodeError?
    /// Measurements, when the pixels decoded.
    public var metrics: PhotoMetrics?
    /// Why the file could not be read at all, if so.
    public var readError: String?

    /// Creates facts; unknown parts stay nil.
    public init(
        fileName: String, byteCount: Int, sniffed: SniffedFormat, header: ImageHeader? = nil,
        decodeError: DecodeError? = nil, metrics: PhotoMetrics? = nil, readError: String? = nil
    ) {
        self.fileName = fileName
        self.byteCount = byteCount
        self.sniffed = sniffed
        self.header = header
        self.decodeError = decodeError
        self.metrics = metrics
        self.readError = readError
    }
}

/// A check with a stable id that turns facts into findings.
public protocol PhotoRule: Sendable {
    /// What the rule is.
    static var descriptor: RuleDescriptor { get }
    /// The findings for one photo (empty when it complies).
    func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding]
}

extension PhotoRule {
    var id: RuleID { Self.descriptor.id }
}
