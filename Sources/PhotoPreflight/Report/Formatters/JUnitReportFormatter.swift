internal import PreflightSupport

/// `--format junit`: JUnit XML, one `<testcase>` per photo inside one `<testsuite>`. A photo that fails
/// (or warns, when `strict`) carries one `<failure>` whose `type` lists the rule ids and whose text lists
/// every finding with its measured value and threshold; warnings of passing photos go to `<system-out>`.
/// The suite's totals come first, so the document is written at the end.
public struct JUnitReportFormatter: ReportWriter {
    /// Count warnings as failures, as `--strict` does. Default false.
    public var strict: Bool
    /// The suite name. Default: the tool's name, `photo-preflight`.
    public var suiteName: String

    private var reports: [PhotoReport] = []

    public init(strict: Bool = false, suiteName: String? = nil) {
        self.strict = strict
        self.suiteName = suiteName ?? ToolIdentity.name
    }

    public func begin() -> String { "" }

    public mutating func write(_ report: PhotoReport) -> String {
        reports.append(report)
        return ""
    }

    public func end() -> String {
        let failures = reports.filter(isFailure).count
        let counts = "tests=\"\(reports.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
        let name = XMLText.escape(suiteName)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(name)\" \(counts)>\n"
        xml += "  <testsuite name=\"\(name)\" \(counts)>\n"
        for report in reports { xml += testCase(report) }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private func isFailure(_ report: PhotoReport) -> Bool {
        report.verdict == .fail || (strict && report.verdict == .warn)
    }

    private func testCase(_ report: PhotoReport) -> String {
        let path = XMLText.escape(report.path)
        let open = "    <testcase classname=\"\(XMLText.escape(suiteName))\" name=\"\(path)\" file=\"\(path)\""
        guard !report.findings.isEmpty else { return open + "/>\n" }
        let lines = report.findings.map(Self.describe).joined(separator: "\n")
        var xml = open + ">\n"
        if isFailure(report) {
            let counted = report.findings.filter { strict || $0.severity == .error }
            let types = counted.map(\.rule.rawValue).joined(separator: " ")
            let message = counted.first?.message ?? ""
            xml += "      <failure type=\"\(XMLText.escape(types))\" message=\"\(XMLText.escape(message))\">"
            xml += XMLText.escape(lines) + "</failure>\n"
        } else {
            xml += "      <system-out>\(XMLText.escape(lines))</system-out>\n"
        }
        return xml + "    </testcase>\n"
    }

    /// One finding as a line: `too-dark (error): message [value 12.3 luma, threshold 35 luma]`.
    static func describe(_ finding: Finding) -> String {
        var line = "\(finding.rule) (\(finding.severity.rawValue)): \(finding.message)"
        let unit = finding.unit.map { " " + $0 } ?? ""
        var measured: [String] = []
        if let value = finding.value { measured.append("value \(NumberText.format(value))\(unit)") }
        if let threshold = finding.threshold { measured.append("threshold \(NumberText.format(threshold))\(unit)") }
        if !measured.isEmpty { line += " [" + measured.joined(separator: ", ") + "]" }
        return line
    }
}
