import PhotoPreflight
import Testing

/// `rank`'s order (passing before failing, then score, then path), main reasons and `upload --best`'s pick.
@Suite struct PhotoRankingTests {
    private func report(_ path: String, score: Double, findings: [Finding] = []) -> PhotoReport {
        var report = PhotoReport(path: path, format: "jpeg", header: nil, bytes: 1, metrics: nil, findings: findings)
        report.score = score
        return report
    }

    private let blurry = Finding(rule: "blurry", severity: .error, message: "sharpness 12 (below 40)")
    private let offCentre = Finding(rule: "face-off-centre", severity: .warning, message: "face is off-centre")

    @Test func passingPhotosComeFirstThenHigherScoresThenPaths() {
        let reports = [
            report("d.jpg", score: 90, findings: [blurry]), report("b.jpg", score: 60),
            report("c.jpg", score: 75, findings: [offCentre]), report("a.jpg", score: 60),
        ]
        let ranked = PhotoRanking.rank(reports)
        #expect(ranked.map(\.path) == ["c.jpg", "a.jpg", "b.jpg", "d.jpg"])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4])
        // The input order does not matter.
        #expect(PhotoRanking.rank(reports.reversed()).map(\.path) == ranked.map(\.path))
    }

    @Test func theMainReasonIsTheWorstFindingOrPasses() {
        let ranked = PhotoRanking.rank([
            report("a.jpg", score: 80), report("b.jpg", score: 10, findings: [offCentre, blurry]),
            report("c.jpg", score: 50, findings: [offCentre]),
        ])
        #expect(
            ranked.map(\.reason) == [
                "passes", "face-off-centre: face is off-centre", "blurry: sharpness 12 (below 40)",
            ])
        #expect(ranked.map(\.reasonRule) == [nil, "face-off-centre", "blurry"])
    }

    @Test func bestPicksOnlyPassingPhotosBestFirstAndTiesByPath() {
        let reports = [
            report("z.jpg", score: 99, findings: [blurry]), report("y.jpg", score: 70), report("x.jpg", score: 70),
            report("w.jpg", score: 40, findings: [offCentre]),
        ]
        #expect(PhotoRanking.best(2, of: reports).map(\.path) == ["x.jpg", "y.jpg"])
        #expect(PhotoRanking.best(5, of: reports).map(\.path) == ["x.jpg", "y.jpg", "w.jpg"])
        #expect(PhotoRanking.best(0, of: reports).isEmpty)
    }

    @Test func rankTextListsRankScoreVerdictPathAndReason() {
        let text = RankTextFormatter().render([
            report("a.jpg", score: 8, findings: [blurry]), report("b.jpg", score: 81),
        ])
        #expect(
            text == """
                1.  81.0  PASS  b.jpg  passes
                2.   8.0  FAIL  a.jpg  blurry: sharpness 12 (below 40)

                2 photos ranked: 1 passing, 1 failing

                """)
    }

    @Test func rankJSONListsThePhotosBestFirst() throws {
        let json = RankJSONFormatter().render([
            report("a.jpg", score: 8, findings: [blurry]), report("b.jpg", score: 81),
        ])
        #expect(json.hasPrefix("{\"schemaVersion\":1,\"photos\":[\n"))
        let lines = json.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].contains("\"path\":\"b.jpg\"") && lines[1].contains("\"rank\":1"))
        #expect(lines[2].contains("\"reasonRule\":\"blurry\"") && lines[2].contains("\"score\":8"))
    }
}
