internal import PreflightSupport

/// `rank --format json`: `{"schemaVersion": 1, "photos": [RankedPhoto...]}`, best first, one photo per line.
public struct RankJSONFormatter: ReportWriter {
    private var reports: [PhotoReport] = []

    public init() {}

    public func begin() -> String { "" }

    public mutating func write(_ report: PhotoReport) -> String {
        reports.append(report)
        return ""
    }

    public func end() -> String {
        var elements = JSONArrayElements()
        let photos = PhotoRanking.rank(reports).map { elements.next(JSONCoding.line($0)) }.joined()
        return "{\"schemaVersion\":\(JSONReportFormatter.schemaVersion),\"photos\":[\n\(photos)\n]}\n"
    }
}
