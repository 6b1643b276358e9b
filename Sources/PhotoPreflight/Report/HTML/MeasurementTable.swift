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
        // The exposure and focus rules judge the face when one was measured, the whole frame otherwise.
        let onFace = metrics.faceSkinBrightness != nil
        let frameRules = { (rules: [RuleID]) in onFace ? [] : rules }
        rows += [
            Row(
                name: "brightness (frame)", value: number(metrics.brightness),
                limit: range(exposure.darkError, exposure.brightError, exposure.darkWarning, exposure.brightWarning),
                rules: frameRules(["too-dark", "too-bright"])),
            Row(
                name: "clipped shadows (frame)", value: percent(metrics.shadowClipping),
                limit: "< \(percent(exposure.shadowClippingLimit))", rules: frameRules(["too-dark"])),
            Row(
                name: "clipped highlights (frame)", value: percent(metrics.highlightClipping),
                limit: "< \(percent(exposure.highlightClippingLimit))", rules: frameRules(["too-bright"])),
            Row(
                name: "sharpness (frame)", value: number(metrics.sharpness),
                limit: "≥ \(number(sharpness.blurryError)) (warn < \(number(sharpness.blurryWarning)))",
                rules: frameRules(["blurry"])),
            Row(
                name: "contrast (frame)", value: number(metrics.contrast),
                limit: "warn < \(number(configuration.contrast.lowContrastWarning))", rules: ["low-contrast"]),
        ]
        if let skin = metrics.faceSkinBrightness {
            rows.append(
                Row(
                    name: "face brightness (skin)", value: number(skin),
                    limit: range(
                        exposure.faceDarkError, exposure.faceBrightError, exposure.faceDarkWarning,
                        exposure.faceBrightWarning),
                    rules: ["too-dark", "too-bright"]))
        }
        let faceFacts: [(name: String, value: String?, limit: String, rules: [RuleID])] = [
            ("face mean luma (box)", metrics.faceBrightness.map(number), "", []),
            (
                "face clipped shadows", metrics.faceShadowClipping.map(percent),
                "warn ≥ \(percent(exposure.faceShadowClippingLimit))", ["too-dark"]
            ),
            (
                "face clipped highlights", metrics.faceHighlightClipping.map(percent),
                "warn ≥ \(percent(exposure.faceHighlightClippingLimit))", ["too-bright"]
            ),
            ("face contrast", metrics.faceContrast.map(number), "", []),
        ]
        rows += faceFacts.compactMap { fact in
            fact.value.map { Row(name: fact.name, value: $0, limit: fact.limit, rules: fact.rules) }
        }
        if let faceSharpness = metrics.faceSharpness {
            rows.append(
                Row(
                    name: "face sharpness", value: number(faceSharpness),
                    limit: "≥ \(number(sharpness.faceBlurryError)) (warn < \(number(sharpness.faceBlurryWarning)))",
                    rules: ["blurry"]))
        }
        return rows
    }

    private func range(
        _ lowError: Double, _ highError: Double, _ lowWarning: Double, _ highWarning: Double
    )
        -> String
    {
        "\(number(lowError))–\(number(highError)) (warn <\(number(lowWarning)), >\(number(highWarning)))"
    }

    private func number(_ value: Double) -> String { NumberText.format((value * 10).rounded() / 10) }
    private func percent(_ fraction: Double) -> String { "\(NumberText.format((fraction * 1000).rounded() / 10)) %" }
    private func megabytes(_ bytes: Int) -> String {
        "\(NumberText.format((Double(bytes) / 1e4).rounded() / 100)) MB"
    }
}
