/// The default human-readable table: one line per photo, its findings indented below.
public struct TextReportFormatter: ReportWriter {
    /// Use ANSI colours (the CLI turns this on for terminals only).
    public var colored: Bool
    /// Also list photos that pass (off: only photos with findings and the summary).
    public var showPassing: Bool

    private var summary = CheckSummary()

    public init(colored: Bool = false, showPassing: Bool = true) {
        self.colored = colored
        self.showPassing = showPassing
    }

    public func begin() -> String { "" }

    public mutating func write(_ report: PhotoReport) -> String {
        summary.add(report)
        if report.verdict == .pass && !showPassing { return "" }
        var line = paint(report.verdict.label, report.verdict.color) + "  " + report.path
        var facts: [String] = []
        if let format = report.format, report.width != nil { facts.append(format.uppercased()) }
        if let w = report.displayWidth, let h = report.displayHeight { facts.append("\(w)×\(h)") }
        if let orientation = report.orientationLabel { facts.append(orientation) }
        if let metrics = report.metrics {
            facts.append("brightness \(Int(metrics.brightness.rounded()))")
            facts.append("sharpness \(Int(metrics.sharpness.rounded()))")
            if let score = report.score { facts.append("score \(SuitabilityScore.text(score))") }
        }
        if !facts.isEmpty { line += "  (" + facts.joined(separator: ", ") + ")" }
        var lines = [line]
        for finding in report.findings {
            let mark = finding.severity == .error ? paint("✗", "31") : paint("!", "33")
            lines.append("      \(mark) \(finding.line)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func end() -> String {
        let noun = summary.total == 1 ? "photo" : "photos"
        return "\n\(summary.total) \(noun): \(summary.passed) passed, \(summary.warned) with warnings, "
            + "\(summary.failed) failed\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension Verdict {
    /// The verdict in capitals, as the text formats print it.
    var label: String {
        switch self {
        case .pass: "PASS"
        case .warn: "WARN"
        case .fail: "FAIL"
        }
    }

    /// The verdict's ANSI colour code.
    var color: String {
        switch self {
        case .pass: "32"
        case .warn: "33"
        case .fail: "31"
        }
    }
}
