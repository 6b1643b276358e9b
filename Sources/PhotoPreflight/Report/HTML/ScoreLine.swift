internal import PreflightSupport

/// The HTML report's one line about a photo's suitability score: the score, each counted component's
/// points out of its weight, and what the findings took off.
enum ScoreLine {
    /// `<p class="facts score">score 87 = exposure 18.2/20 · … · too-bright −10</p>`, or "" without a score.
    static func html(_ report: PhotoReport) -> String {
        guard let score = report.score else { return "" }
        let components = (report.scoreComponents ?? []).filter(\.counted).map {
            "\($0.name) \(NumberText.format($0.points, decimals: 1))/\(NumberText.format($0.weight, decimals: 0))"
        }
        let adjustments = (report.scoreAdjustments ?? []).map {
            "\($0.rule) \(NumberText.format($0.points, decimals: 1))"
        }
        let parts = (components + adjustments).joined(separator: " · ")
        return
            "<p class=\"facts score\">score \(SuitabilityScore.text(score))\(parts.isEmpty ? "" : " = " + XMLText.escape(parts))</p>\n"
    }
}
