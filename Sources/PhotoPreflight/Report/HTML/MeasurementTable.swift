internal import PreflightSupport

/// The per-photo table of measured values against thresholds; a row is marked by the finding (if any) of
/// the rule it belongs to.
struct MeasurementTable {
    var report: PhotoReport
    var configuration: PreflightConfiguration

    private struct Row {
        var name: String
        var value: String
        var limit: String
        var rules: [RuleID]
    }

    var html: String {
        let rows = self.rows
        guard !rows.isEmpty else { return "" }
        var html = "<table class=\"measures\"><tr><th>measure</th><th>value</th><th>threshold</th></tr>"
        for row in rows {
            let severity = report.findings.filter { row.rules.contains($0.rule) }.map(\.severity).max()
            let status = severity.map { $0 == .error ? "bad" : "warn" } ?? "ok"
            html += "<tr class=\"\(status)\"><td>\(row.name)</td><td>\(XMLText.escape(row.value))</td>"
            html += "<td>\(XMLText.escape(row.limit))</td></tr>"
        }
        return html + "</table>\n"
    }

    private var rows: [Row] {
        var rows: [Row] = []
        if let width = report.displayWidth, let height = report.displayHeight {
            rows.append(
                Row(
                    name: "short side", value: "\(min(width, height)) px", limit: "≥ \(configuration.minimumSide) px",
                    rules: ["too-small"]))
        }
        rows.append(
            Row(
                name: "file size", value: megabytes(report.bytes), limit: "≤ \(megabytes(configuration.maximumBytes))",
                rules: ["too-large"]))
        guard let metrics = report.metrics else { return rows }
        let exposure = configuration.exposure, sharpness = configuration.sharpness
        rows += [
            Row(
                name: "brightness", value: number(metrics.brightness),
                limit: "\(number(exposure.darkError))–\(number(exposure.brightError)) "
                    + "(warn <\(number(exposure.darkWarning)), >\(number(exposure.brightWarning)))",
                rules: ["too-dark", "too-bright"]),
            Row(
                name: "clipped shadows", value: percent(metrics.shadowClipping),
                limit: "< \(percent(exposure.shadowClippingLimit))", rules: ["too-dark"]),
            Row(
                name: "clipped highlights", value: percent(metrics.highlightClipping),
                limit: "< \(percent(exposure.highlightClippingLimit))", rules: ["too-bright"]),
            Row(
                name: "sharpness", value: number(metrics.sharpness),
                limit: "≥ \(number(sharpness.blurryError)) (warn < \(number(sharpness.blurryWarning)))",
                rules: ["blurry"]),
            Row(
                name: "contrast", value: number(metrics.contrast),
                limit: "warn < \(number(configuration.contrast.lowContrastWarning))", rules: ["low-contrast"]),
        ]
        return rows
    }

    private func number(_ value: Double) -> String { NumberText.format((value * 10).rounded() / 10) }
    private func percent(_ fraction: Double) -> String { "\(NumberText.format((fraction * 1000).rounded() / 10)) %" }
    private func megabytes(_ bytes: Int) -> String {
        "\(NumberText.format((Double(bytes) / 1e4).rounded() / 100)) MB"
    }
}
