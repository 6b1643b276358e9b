internal import PreflightSupport

/// `fix --format json`: `{"schemaVersion": 1, "dryRun": bool, "files": [FixReport...], "summary": FixSummary}`,
/// one file per line. Keys are stable; optional values are omitted when unknown.
public struct FixJSONReportFormatter: ReportWriter {
    /// Whether nothing is written; echoed in the output.
    public var dryRun: Bool

    private var files = JSONArrayElements()
    private var summary = FixSummary()

    public init(dryRun: Bool = false) {
        self.dryRun = dryRun
    }

    public func begin() -> String {
        "{\"schemaVersion\":\(JSONReportFormatter.schemaVersion),\"dryRun\":\(dryRun),\"files\":[\n"
    }

    public mutating func write(_ report: FixReport) -> String {
        summary.add(report)
        return files.next(JSONCoding.line(report))
    }

    public func end() -> String { "\n],\"summary\":\(JSONCoding.line(summary))}\n" }
}
