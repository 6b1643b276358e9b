import Foundation
import PhotoPreflight
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct MachineFormatterTests {
    static let awkwardPath = "odd & <dir>/\"quote's\"\u{1}, 100%: name.jpg"

    static func report(path: String, findings: [Finding]) -> PhotoReport {
        PhotoReport(path: path, format: "jpeg", header: nil, bytes: 10, metrics: nil, findings: findings)
    }

    static let dark = Finding(
        rule: "too-dark", severity: .error, message: "too dark: <28> & dim", value: 28.4, threshold: 35, unit: "luma")
    static let soft = Finding(rule: "blurry", severity: .warning, message: "soft\nline two", value: 59, threshold: 100)

    /// The GitHub lines for one photo, without the summary line that ends the output.
    static func github(_ report: PhotoReport) -> String {
        var writer = GitHubReportFormatter()
        return writer.write(report)
    }

    @Test func junitStaysWellFormedWithAwkwardPathsAndMessages() throws {
        let reports = [
            Self.report(path: Self.awkwardPath, findings: [Self.dark, Self.soft]),
            Self.report(path: "ok.jpg", findings: []), Self.report(path: "soft.jpg", findings: [Self.soft]),
        ]
        let xml = JUnitReportFormatter().render(reports)
        let document = try XMLDocument(data: Data(xml.utf8))
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        #expect(
            cases.map { $0.attribute(forName: "name")?.stringValue } == [
                Self.awkwardPath.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}"), "ok.jpg", "soft.jpg",
            ])
        let failure = try #require(cases[0].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "type")?.stringValue == "too-dark")
        #expect(failure.attribute(forName: "message")?.stringValue == Self.dark.message)
        #expect(failure.stringValue?.contains("value 28.4 luma, threshold 35 luma") == true)
        #expect(cases[2].elements(forName: "failure").isEmpty)
        #expect(cases[2].elements(forName: "system-out").first?.stringValue?.contains("soft") == true)
    }

    @Test func junitStrictCountsWarningsAsFailures() throws {
        let reports = [Self.report(path: "soft.jpg", findings: [Self.soft])]
        let xml = JUnitReportFormatter(strict: true).render(reports)
        let document = try XMLDocument(data: Data(xml.utf8))
        let failures = try document.nodes(forXPath: "//testcase/failure").compactMap { $0 as? XMLElement }
        #expect(failures.map { $0.attribute(forName: "type")?.stringValue } == ["blurry"])
        let suite = try #require(try document.nodes(forXPath: "//testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "failures")?.stringValue == "1")
    }

    @Test func githubCommandsEscapePropertiesAndData() {
        let text = Self.github(Self.report(path: "a,b:c%.jpg", findings: [Self.soft, Self.dark]))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "::warning file=a%2Cb%3Ac%25.jpg,title=photo-preflight blurry::soft%0Aline two")
        #expect(lines[1].hasPrefix("::error file=a%2Cb%3Ac%25.jpg,title=photo-preflight too-dark::too dark"))
        #expect(Self.github(Self.report(path: "ok.jpg", findings: [])).isEmpty)
        let found = Self.github(Self.report(path: "./photos/a.jpg", findings: [Self.soft]))
        #expect(found.hasPrefix("::warning file=photos/a.jpg,"))
    }

    @Test func sarifLocatesFilesByURIAndIndexesRules() throws {
        let reports = [
            Self.report(path: "my photos/#1.jpg", findings: [Self.dark]),
            Self.report(path: "/abs/x.jpg", findings: [Self.soft]),
            Self.report(path: "./found/y.jpg", findings: [Self.soft]),
        ]
        let text = SARIFReportFormatter(toolVersion: "9.9").render(reports)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleRegistry.descriptors.map(\.id.rawValue))
        let results = try #require(run["results"] as? [[String: Any]])
        let uris = results.map {
            (((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
                as? [String: Any])?["uri"] as? String)
        }
        #expect(uris == ["my%20photos/%231.jpg", "file:///abs/x.jpg", "found/y.jpg"])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "warning"])
        #expect(driver["version"] as? String == "9.9")
        #expect(driver["name"] as? String == "photo-preflight")
    }
}
