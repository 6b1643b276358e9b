/// One output format for a batch of results. A writer owns its framing: what comes before the first
/// entry, between entries (JSON's separators) and after the last (summaries, or a whole document when the
/// format needs every entry first, as JUnit's totals and SARIF's rule index do). A pipeline only hands it
/// entries in input order and writes out the text it returns, as soon as it returns it.
///
/// Check formats take ``PhotoReport``s, fix formats ``FixReport``s, the HTML report ``ReportCard``s.
public protocol ReportWriter<Entry>: Sendable {
    /// What one photo contributes.
    associatedtype Entry: Sendable
    /// Text before the first entry.
    mutating func begin() -> String
    /// Text for the next entry, separators included; called once per photo, in input order.
    mutating func write(_ entry: Entry) -> String
    /// Text after the last entry.
    mutating func end() -> String
}

extension ReportWriter {
    /// The whole output for `entries` at once: `begin`, every entry, `end`.
    public func render(_ entries: some Sequence<Entry>) -> String {
        var writer = self
        var text = writer.begin()
        for entry in entries { text += writer.write(entry) }
        return text + writer.end()
    }
}

/// The elements of a JSON array written one at a time: a separator before every element but the first.
struct JSONArrayElements: Sendable {
    /// The separator written between two elements.
    static let separator = ",\n"
    private var count = 0

    /// `json` preceded by the separator when it is not the first element.
    mutating func next(_ json: String) -> String {
        defer { count += 1 }
        return (count > 0 ? Self.separator : "") + json
    }
}
