/// Renders check reports in one output format, streaming: a preamble, one piece per photo (in input
/// order), and a closing piece with the summary.
public protocol ReportFormatter: Sendable {
    /// Text before the first photo.
    func begin() -> String
    /// Text for one photo.
    func format(_ report: PhotoReport) -> String
    /// Text after the last photo.
    func end(summary: CheckSummary) -> String
}
