/// The default human-readable fix output: one line per photo with its outcome and paths, then what was
/// done, the size change, and the re-check's findings indented below.
public struct FixTextReportFormatter: ReportWriter {
    /// Use ANSI colours (the CLI turns this on for terminals only).
    public var colored: Bool
    /// Whether nothing is written; the summary line says so.
    public var dryRun: Bool

    private var summary = FixSummary()

    public init(colored: Bool = false, dryRun: Bool = false) {
        self.colored = colored
        self.dryRun = dryRun
    }

    public func begin() -> String { "" }

    public mutating func write(_ report: FixReport) -> String {
        summary.add(report)
        let (label, color) = Self.label(report)
        var line = paint(label, color) + "  " + report.path
        if let output = report.output { line += " → " + output + (report.written ? "" : " (not written)") }
        var lines = [line]
        if let before = report.before, let after = report.after {
            var change = "\(Self.size(before)) → \(Self.size(after)), \(before.bytes) → \(after.bytes) bytes"
            if let quality = report.quality { change += ", JPEG quality \(quality)" }
            lines.append("      " + change)
        }
        for action in report.actions where action.kind != "encode" {
            lines.append("      • " + action.detail)
        }
        if let framing = report.framing, framing.crop == nil { lines.append("      • " + framing.detail) }
        if let metrics = report.check?.metrics {
            let brightness = Int(metrics.brightness.rounded()), sharpness = Int(metrics.sharpness.rounded())
            lines.append("      brightness \(brightness), sharpness \(sharpness) (reported, not altered)")
        }
        for finding in report.check?.findings ?? [] {
            let mark = finding.severity == .error ? paint("✗", "31") : paint("!", "33")
            lines.append("      \(mark) \(finding.line)")
        }
        if report.outcome != .fail, let reason = report.reason { lines.append("      " + reason) }
        return lines.joined(separator: "\n") + "\n"
    }

    public func end() -> String {
        let noun = summary.total == 1 ? "photo" : "photos"
        var text = "\n\(summary.total) \(noun): \(summary.passed) fixed and passing, \(summary.failed) still failing, "
        text += "\(summary.notFixed) not fixed, \(summary.ioErrors) I/O errors"
        return text + (dryRun ? " (dry run: nothing written)\n" : "\n")
    }

    /// The outcome's label; a passing copy with warnings is `WARN`, as `check` labels it.
    private static func label(_ report: FixReport) -> (String, String) {
        switch report.outcome {
        case .pass where report.check?.findings.contains { $0.severity == .warning } == true: ("WARN", "33")
        case .pass: ("PASS", "32")
        case .fail: ("FAIL", "31")
        case .notFixed: ("NOT FIXED", "31")
        case .ioError: ("I/O ERROR", "31")
        }
    }

    private static func size(_ summary: ImageSummary) -> String {
        guard let width = summary.width, let height = summary.height else { return "?" }
        return "\(width)×\(height)"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
