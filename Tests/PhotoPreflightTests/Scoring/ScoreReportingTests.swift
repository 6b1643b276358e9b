import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// The score where the reports show it: the check text line, SARIF result properties and the HTML card.
@Suite struct ScoreReportingTests {
    private static let checked = Preflight().check(fileAt: RepositoryPaths.fixture("fail/png-named.jpg"))

    @Test func aCheckedPhotoCarriesItsScoreComponentsAndAdjustments() throws {
        let report = Self.checked
        let score = try #require(report.score)
        #expect((0...100).contains(score))
        #expect(report.scoreComponents?.map(\.id) == SuitabilityFormula.components.map(\.id))
        #expect(report.scoreAdjustments?.map(\.rule) == ["format"], "the extension warning takes points off")
    }

    @Test func textShowsTheScoreAfterTheMeasures() throws {
        let text = TextReportFormatter().render([Self.checked])
        let score = SuitabilityScore.text(try #require(Self.checked.score))
        #expect(
            text.contains("sharpness \(Int(Self.checked.metrics!.sharpness.rounded())), score \(score))"), "\(text)")
    }

    @Test func sarifResultsCarryTheScoreAndEachCountedComponentsPoints() throws {
        let text = SARIFReportFormatter(toolVersion: "1").render([Self.checked])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let properties = try #require(result["properties"] as? [String: Any])
        #expect((properties["score"] as? Double) == Self.checked.score)
        let points = try #require(properties["scoreComponents"] as? [String: Any])
        #expect(Set(points.keys) == ["exposure", "sharpness"], "the face check is off: only those two count")
    }

    @Test func theHTMLCardHasOneScoreLine() {
        let card = ReportCard(
            checking: RepositoryPaths.fixture("fail/png-named.jpg"), displayPath: "png-named.jpg", with: Preflight())
        let html = HTMLReport(configuration: PreflightConfiguration(), generator: "test").render([card])
        let lines = html.components(separatedBy: "<p class=\"facts score\">").dropFirst()
        #expect(lines.count == 1)
        let line = String(lines.first?.prefix { $0 != "<" } ?? "")
        #expect(line.hasPrefix("score \(SuitabilityScore.text(Self.checked.score ?? -1)) = exposure "), "\(line)")
        #expect(line.contains("/20 · sharpness ") && line.contains(" · format -10"), "\(line)")
    }
}
