import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// Every generated fixture produces the verdict, rules and facts that Fixtures/fixtures.tsv states.
struct FixtureManifestTests {
    static let rows: [[String: String]] = (try? readTSV(RepositoryPaths.fixture("fixtures.tsv"))) ?? []

    @Test func manifestListsFixtures() {
        #expect(Self.rows.count >= 30)
    }

    @Test(arguments: rows.map { $0["path"] ?? "" })
    func fixtureMatchesManifest(path: String) throws {
        let row = try #require(Self.rows.first { $0["path"] == path })
        let report = Preflight().check(fileAt: RepositoryPaths.fixture(path), displayPath: path)
        #expect(report.verdict.rawValue == row["verdict"], "\(path): \(report.findings.map(\.message))")
        let expectedRules = (row["rules"] ?? "").split(separator: ",").map { RuleID(rawValue: String($0)) }
        for rule in expectedRules {
            #expect(report.has(rule), "\(path) should have a \(rule) finding: \(report.findings.map(\.rule))")
        }
        if report.verdict == .pass { #expect(report.findings.isEmpty) }
        #expect(report.format == row["format"])
        if let width = Int(row["width"] ?? ""), let height = Int(row["height"] ?? "") {
            #expect(report.width == width && report.height == height)
        }
        if let orientation = Int(row["orientation"] ?? "") {
            #expect(report.orientation == orientation)
            #expect(report.displayWidth == report.height && report.displayHeight == report.width)
        }
    }
}
