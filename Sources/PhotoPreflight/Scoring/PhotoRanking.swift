/// One photo's place in a ranking.
public struct RankedPhoto: Sendable, Codable, Equatable {
    /// 1 for the best photo.
    public var rank: Int
    /// The path as given or found.
    public var path: String
    /// pass, warn or fail.
    public var verdict: Verdict
    /// The suitability score, 0–100 (0 for reports without one).
    public var score: Double
    /// The main reason: the worst finding as `RULE: MESSAGE` (errors before warnings, in rule order), or
    /// `passes` when there is none.
    public var reason: String
    /// The rule of the main reason; nil when the photo has no finding.
    public var reasonRule: RuleID?
    /// The score's components, as in the check report.
    public var scoreComponents: [ScoredComponent]?
    /// What the findings took off the score.
    public var scoreAdjustments: [ScoreAdjustment]?
}

/// Orders checked photos best first: photos that pass (warnings allowed) before photos that fail, then by
/// score, highest first, then by path (so equal scores always come out in the same order).
public enum PhotoRanking {
    /// The reason shown for a photo without findings.
    public static let passingReason = "passes"

    /// `reports`, best first, with their ranks and main reasons.
    public static func rank(_ reports: [PhotoReport]) -> [RankedPhoto] {
        reports.sorted(by: isBetter).enumerated().map { index, report in
            let worst = report.findings.max { $0.severity < $1.severity }
            return RankedPhoto(
                rank: index + 1, path: report.path, verdict: report.verdict, score: report.score ?? 0,
                reason: worst?.line ?? passingReason, reasonRule: worst?.rule,
                scoreComponents: report.scoreComponents, scoreAdjustments: report.scoreAdjustments)
        }
    }

    /// The `count` best photos that pass (warnings allowed), best first.
    public static func best(_ count: Int, of reports: [PhotoReport]) -> [PhotoReport] {
        Array(reports.filter { $0.verdict != .fail }.sorted(by: isBetter).prefix(max(0, count)))
    }

    /// Whether `lhs` ranks above `rhs`.
    public static func isBetter(_ lhs: PhotoReport, than rhs: PhotoReport) -> Bool {
        let lhsFails = lhs.verdict == .fail, rhsFails = rhs.verdict == .fail
        if lhsFails != rhsFails { return !lhsFails }
        let lhsScore = lhs.score ?? 0, rhsScore = rhs.score ?? 0
        if lhsScore != rhsScore { return lhsScore > rhsScore }
        return lhs.path < rhs.path
    }
}
