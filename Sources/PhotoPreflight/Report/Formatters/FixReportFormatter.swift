/// Renders fix reports in one output format, streaming like ``ReportFormatter``: a preamble, one piece
/// per photo in input order, and a closing piece with the summary.
public protocol FixReportFormatter: Sendable {
    /// Text before the first photo.
    func begin() -> String
    /// Text for one photo; `index` is its position (0 first).
    func format(_ report: FixReport, index: Int) -> String
    /// Text after the last photo.
    func end(summary: FixSummary, dryRun: Bool) -> String
}
