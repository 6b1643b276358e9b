internal import PreflightSupport

/// `--format github`: GitHub Actions workflow commands, one line per finding, which GitHub turns into
/// annotations on the file: `::error file=PATH,title=photo-preflight RULE::MESSAGE` (errors) and `::warning …`
/// (warnings). Photos without findings print nothing; a plain summary line ends the output.
public struct GitHubReportFormatter: ReportWriter {
    private var summary = CheckSummary()

    public init() {}

    public func begin() -> String { "" }

    public mutating func write(_ report: PhotoReport) -> String {
        summary.add(report)
        return report.findings.map { finding in
            let command = finding.severity == .error ? "error" : "warning"
            let file = Self.escapeProperty(ReportPath.normalized(report.path))
            let title = Self.escapeProperty("\(ToolIdentity.name) \(finding.rule)")
            return "::\(command) file=\(file),title=\(title)::\(Self.escapeData(finding.message))\n"
        }.joined()
    }

    public func end() -> String {
        "\(ToolIdentity.name): \(summary.total) \(summary.total == 1 ? "photo" : "photos"), \(summary.passed) passed, \(summary.warned) with warnings, "
            + "\(summary.failed) failed\n"
    }

    /// Escapes a command's message as the runner expects (`%`, CR, LF).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value: as `escapeData`, plus `:` and `,`, which delimit properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
