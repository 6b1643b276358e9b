internal import PreflightSupport

/// `--format json`: `{"schemaVersion": 1, "files": [PhotoReport...], "summary": CheckSummary}`, one file
/// per line. Keys are stable; optional values are omitted when unknown.
public struct JSONReportFormatter: ReportWriter {
    /// The version of the JSON schema; bumped only for incompatible changes.
    public static let schemaVersion = 1

    private var files = JSONArrayElements()
    private var summary = CheckSummary()

    public init() {}

    public func begin() -> String { "{\"schemaVersion\":\(Self.schemaVersion),\"files\":[\n" }

    public mutating func write(_ report: PhotoReport) -> String {
        summary.add(report)
        return files.next(JSONCoding.line(report))
    }

    public func end() -> String { "\n],\"summary\":\(JSONCoding.line(summary))}\n" }
}
