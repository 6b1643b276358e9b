/// `rank` as text: one line per photo, best first (``PhotoRanking``): rank, score, verdict, path and main
/// reason; then a summary. The photos are ordered at the end, once every photo has been checked.
public struct RankTextFormatter: ReportWriter {
    /// Use ANSI colours (the CLI turns this on for terminals only).
    public var colored: Bool

    private var reports: [PhotoReport] = []

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func begin() -> String { "" }

    public mutating func write(_ report: PhotoReport) -> String {
        reports.append(report)
        return ""
    }

    public func end() -> String {
        let ranked = PhotoRanking.rank(reports)
        let width = String(ranked.count).count
        var text = ranked.map { photo in
            let rank = String(repeating: " ", count: width - String(photo.rank).count) + "\(photo.rank)."
            let text = SuitabilityScore.text(photo.score)
            let score = String(repeating: " ", count: max(0, 5 - text.count)) + text
            return "\(rank) \(score)  \(paint(photo.verdict))  \(photo.path)  \(photo.reason)\n"
        }.joined()
        let passing = ranked.filter { $0.verdict != .fail }.count
        let noun = ranked.count == 1 ? "photo" : "photos"
        text += "\n\(ranked.count) \(noun) ranked: \(passing) passing, \(ranked.count - passing) failing\n"
        return text
    }

    private func paint(_ verdict: Verdict) -> String {
        colored ? "\u{1B}[\(verdict.color)m\(verdict.label)\u{1B}[0m" : verdict.label
    }
}
