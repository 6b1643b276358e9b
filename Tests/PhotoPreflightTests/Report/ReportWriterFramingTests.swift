import PhotoPreflight
import Testing

/// Each writer owns its framing: the bytes for zero, one and several photos.
struct ReportWriterFramingTests {
    static func report(_ path: String, _ findings: [Finding] = []) -> PhotoReport {
        PhotoReport(path: path, format: "jpeg", header: nil, bytes: 10, metrics: nil, findings: findings)
    }

    static let soft = Finding(rule: "blurry", severity: .warning, message: "soft", value: 59, threshold: 100)

    @Test func jsonSeparatesPhotosWithACommaAndLineBreak() {
        let text = JSONReportFormatter().render([Self.report("a.jpg"), Self.report("b.jpg", [Self.soft])])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines[0] == "{\"schemaVersion\":1,\"files\":[")
        #expect(lines[1].hasPrefix("{\"bytes\":10,") && lines[1].hasSuffix("\"verdict\":\"pass\"},"))
        #expect(lines[2].hasPrefix("{\"bytes\":10,") && lines[2].hasSuffix("\"verdict\":\"warn\"}"))
        #expect(lines[3] == "],\"summary\":{\"failed\":0,\"passed\":1,\"total\":2,\"warned\":1}}")
        #expect(lines[4].isEmpty)
    }

    @Test func fixJSONEchoesTheDryRunAndCountsOutcomes() {
        let reports = [
            FixReport(path: "a.jpg", outcome: .notFixed, reason: "corrupt"),
            FixReport(path: "b/c.jpg", outcome: .ioError),
        ]
        let text = FixJSONReportFormatter(dryRun: true).render(reports)
        #expect(text.hasPrefix("{\"schemaVersion\":1,\"dryRun\":true,\"files\":[\n{"))
        #expect(text.contains("\"path\":\"a.jpg\"") && text.contains("\"path\":\"b/c.jpg\""), "slashes unescaped")
        #expect(text.components(separatedBy: "},\n{").count == 2)
        #expect(
            text.hasSuffix("\n],\"summary\":{\"failed\":0,\"ioErrors\":1,\"notFixed\":1,\"passed\":0,\"total\":2}}\n"))
    }

    @Test func textEndsWithTheSummaryOfWhatItWrote() {
        let text = TextReportFormatter(showPassing: false).render([
            Self.report("a.jpg"), Self.report("b.jpg", [Self.soft]),
        ])
        #expect(text == "WARN  b.jpg\n      ! blurry: soft\n\n2 photos: 1 passed, 1 with warnings, 0 failed\n")
        let fix = FixTextReportFormatter(dryRun: true).render([FixReport(path: "a.jpg", outcome: .notFixed)])
        #expect(
            fix.hasSuffix(
                "\n1 photo: 0 fixed and passing, 0 still failing, 1 not fixed, 0 I/O errors (dry run: nothing written)\n"
            ))
    }

    @Test func documentFormatsWriteNothingUntilTheEnd() {
        var junit = JUnitReportFormatter()
        var sarif = SARIFReportFormatter()
        #expect(junit.begin().isEmpty && sarif.begin().isEmpty)
        #expect(junit.write(Self.report("a.jpg", [Self.soft])).isEmpty)
        #expect(sarif.write(Self.report("a.jpg", [Self.soft])).isEmpty)
        #expect(junit.end().contains("tests=\"1\""))
        #expect(sarif.end().contains("\"version\" : \"0.1.0\""))
    }
}
