/// A report format that needs every photo before it writes anything: totals in its header (JUnit) or one
/// document whose parts refer to each other (SARIF). The CLI collects the reports (in input order) and calls
/// `document` once.
public protocol DocumentReportFormatter: Sendable {
    /// The whole document for `reports`, in the order given.
    func document(_ reports: [PhotoReport], summary: CheckSummary) -> String
}
