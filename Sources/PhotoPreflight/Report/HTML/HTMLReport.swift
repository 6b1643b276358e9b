import Foundation
internal import PreflightSupport

/// `--report report.html`: one self-contained HTML page (no network; thumbnails embedded as `data:` URIs)
/// with a card per photo — verdict, findings, measured values against thresholds, a luminance histogram,
/// sharpness and clipping maps and the detected face (box, cut-off frame, landmarks) over the thumbnail —
/// failures first, with filters by verdict, rule and path. Off-screen cards are not laid out
/// (`content-visibility`) and images decode lazily, so a page of thousands of photos stays responsive.
///
/// As a ``ReportWriter`` it keeps each card as it is delivered and writes the page at the end, since the
/// page lists failures first and counts every photo in its header.
public struct HTMLReport: ReportWriter {
    /// The thresholds the photos were checked against (shown next to each measurement).
    public var configuration: PreflightConfiguration
    /// Shown in the page header. Default: the tool's name and version, e.g. `photo-preflight 0.1.0`.
    public var generator: String

    private var cards: [ReportCard] = []

    public init(configuration: PreflightConfiguration, generator: String? = nil) {
        self.configuration = configuration
        self.generator = generator ?? ToolIdentity.nameAndVersion
    }

    public func begin() -> String { "" }

    public mutating func write(_ card: ReportCard) -> String {
        cards.append(card)
        return ""
    }

    public func end() -> String { render(cards) }

    /// The page for `cards`, which it sorts failures first.
    public func render(_ cards: [ReportCard]) -> String {
        let summary = CheckSummary(cards.map(\.report))
        let rules = Set(cards.flatMap { $0.report.findings.map(\.rule) }).sorted()
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; \
            style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <title>photo-preflight report: \(summary.failed) failed of \(summary.total)</title>
            <style>\(HTMLReportAssets.css)</style></head>
            <body data-cards="\(cards.count)">
            <header><h1>photo-preflight report</h1>
            <p class="summary"><b>\(summary.total)</b> photos: <span class="fail">\(summary.failed) failed</span>, \
            <span class="warn">\(summary.warned) with warnings</span>, <span class="pass">\(summary.passed) passed\
            </span> · \(XMLText.escape(generator))</p>
            <form id="filters" onsubmit="return false">
            <label><input type="checkbox" name="fail" checked> fail</label>
            <label><input type="checkbox" name="warn" checked> warn</label>
            <label><input type="checkbox" name="pass" checked> pass</label>
            <select name="rule"><option value="">any rule</option>
            """
        for rule in rules { html += "<option>\(XMLText.escape(rule.rawValue))</option>" }
        html += """
            </select>
            <input type="search" name="path" placeholder="filter by path">
            <label><input type="checkbox" name="sharp"> sharpness map</label>
            <label><input type="checkbox" name="clip"> clipping map</label>
            <span class="shown">showing <output id="shown">\(cards.count)</output> of \(cards.count)</span>
            </form>
            <p class="legend">Maps (hover a photo, or tick above): <i class="k blur"></i> blurry tile \
            <i class="k soft"></i> soft tile <i class="k hi"></i> blown highlights <i class="k lo"></i> crushed \
            shadows. Face: <i class="k fbox"></i> face box <i class="k fframe"></i> frame that \
            <code>face-cut-off</code> wants inside the photo <i class="k fmark"></i> landmarks. Histogram: <i class="k mean"></i> subject brightness, <i class="k err"></i> error and \
            <i class="k wrn"></i> warning thresholds.</p>
            </header>
            <main id="cards">

            """
        for card in ReportCard.sorted(cards) { html += self.card(card) }
        html += "</main>\n<script>\(HTMLReportAssets.script)</script>\n</body></html>\n"
        return html
    }

    private func card(_ card: ReportCard) -> String {
        let report = card.report
        let verdict = report.verdict.rawValue
        let rules = report.findings.map(\.rule.rawValue).joined(separator: " ")
        var html = """
            <article class="card \(verdict)" data-verdict="\(verdict)" data-rules="\(XMLText.escape(rules))" \
            data-path="\(XMLText.escape(report.path.lowercased()))">
            \(picture(card))<div class="head"><h2><span class="badge">\(verdict.uppercased())</span> \
            <span class="path">\(XMLText.escape(report.path))</span></h2>
            <p class="facts">\(XMLText.escape(facts(report)))</p>
            \(ScoreLine.html(report))
            """
        if !report.findings.isEmpty {
            html += "<ul class=\"findings\">"
            for finding in report.findings {
                html += "<li class=\"\(finding.severity.rawValue)\"><b>\(XMLText.escape(finding.rule.rawValue))</b> "
                html += "\(XMLText.escape(finding.message))</li>"
            }
            html += "</ul>\n"
        }
        html += "</div>\n" + MeasurementTable(report: report, configuration: configuration).html
        if !card.histogram.isEmpty {
            html += ReportCharts.histogram(card.histogram, brightness: report.metrics?.brightness, configuration)
        }
        return html + "</article>\n"
    }

    private func picture(_ card: ReportCard) -> String {
        guard let thumbnail = card.thumbnail else { return "<div class=\"pic none\">no preview</div>" }
        let width = card.report.displayWidth ?? 3, height = card.report.displayHeight ?? 4
        var html = "<div class=\"pic\" style=\"aspect-ratio:\(width)/\(height)\"><img loading=\"lazy\" "
        html += "decoding=\"async\" alt=\"\" src=\"data:image/jpeg;base64,\(Data(thumbnail).base64EncodedString())\">"
        if card.sharpnessTiles.count == 64 {
            html += ReportCharts.sharpnessMap(card.sharpnessTiles, configuration.sharpness)
        }
        if let clipping = card.clipping { html += ReportCharts.clippingMap(clipping) }
        if let overlay = FaceOverlay(card, thresholds: configuration.faceThresholds) { html += overlay.svg }
        return html + "</div>"
    }

    private func facts(_ report: PhotoReport) -> String {
        var facts: [String] = []
        if let format = report.format { facts.append(format.uppercased()) }
        if let width = report.displayWidth, let height = report.displayHeight { facts.append("\(width)×\(height) px") }
        if let orientation = report.orientationLabel { facts.append(orientation) }
        facts.append(ByteCountFormatter.string(fromByteCount: Int64(report.bytes), countStyle: .file))
        return facts.joined(separator: " · ")
    }
}
