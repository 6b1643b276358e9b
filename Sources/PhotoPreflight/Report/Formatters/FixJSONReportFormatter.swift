/// `fix --format json`: `{"schemaVersion": 1, "dryRun": bool, "files": [FixReport...], "summary": FixSummary}`,
/// one file per line. Keys are stable; optional values are omitted when unknown.
public struct FixJSONReportFormatter: FixReportFormatter {
    /// Whether nothing is written; echoed in the output.
    public var dryRun: Bool

    public init(dryRun: Bool = false) {
        self.dryRun = dryRun
    }

    public func begin() -> String {
        "{\"schemaVersion\":\(JSONReportFormatter.schemaVersion),\"dryRun\":\(dryRun),\"files\":[\n"
    }

    public func format(_ report: FixReport, index: Int) -> String {
        (index > 0 ? JSONReportFormatter.separator : "") + JSONReportFormatter.encode(report)
    }

    public func end(summary: FixSummary, dryRun: Bool) -> String {
        "\n],\"summary\":\(JSONReportFormatter.encode(summary))}\n"
    }
}
