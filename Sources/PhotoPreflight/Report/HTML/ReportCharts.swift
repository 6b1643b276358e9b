internal import PreflightSupport

/// The small inline SVG pictures of the HTML report.
enum ReportCharts {
    /// The 64-bin luminance histogram with the subject brightness and the exposure thresholds marked.
    static func histogram(_ bins: [Double], brightness: Double?, _ configuration: PreflightConfiguration) -> String {
        let peak = max(bins.max() ?? 0, 1e-9)
        var points = "0,32"
        for (index, value) in bins.enumerated() {
            let top = 32 - 30 * value / peak
            points += " \(index),\(short(top)) \(index + 1),\(short(top))"
        }
        points += " \(bins.count),32"
        var svg = "<svg class=\"hist\" viewBox=\"0 0 64 32\" preserveAspectRatio=\"none\" role=\"img\" "
        svg += "aria-label=\"luminance histogram\"><polygon points=\"\(points)\"/>"
        let exposure = configuration.exposure
        for (luma, kind) in [
            (exposure.darkError, "err"), (exposure.brightError, "err"), (exposure.darkWarning, "wrn"),
            (exposure.brightWarning, "wrn"),
        ] {
            svg += line(at: luma, kind)
        }
        if let brightness { svg += line(at: brightness, "mean") }
        return svg + "</svg>\n"
    }

    /// The 8 × 8 sharpness tiles over the thumbnail: blurry tiles red, soft ones orange.
    static func sharpnessMap(_ tiles: [Double], _ thresholds: SharpnessThresholds) -> String {
        var svg = "<svg class=\"map sharp\" viewBox=\"0 0 8 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
        for (index, value) in tiles.enumerated() {
            let kind = value < thresholds.blurryError ? "blur" : value < thresholds.blurryWarning ? "soft" : "ok"
            svg += "<rect class=\"\(kind)\" x=\"\(index % 8)\" y=\"\(index / 8)\" width=\"1\" height=\"1\"/>"
        }
        return svg + "</svg>"
    }

    /// Cells that are mostly clipped: highlights magenta, shadows blue, opacity by the clipped fraction.
    static func clippingMap(_ map: ClipMap) -> String {
        var svg = "<svg class=\"map clip\" viewBox=\"0 0 \(map.columns) \(map.rows)\" preserveAspectRatio=\"none\" "
        svg += "aria-hidden=\"true\">"
        for index in 0..<map.columns * map.rows {
            let (high, low) = (map.highlights[index], map.shadows[index])
            guard max(high, low) >= 0.25 else { continue }
            let kind = high >= low ? "hi" : "lo"
            svg += "<rect class=\"\(kind)\" x=\"\(index % map.columns)\" y=\"\(index / map.columns)\" width=\"1\" "
            svg += "height=\"1\" fill-opacity=\"\(short(0.3 + 0.5 * max(high, low)))\"/>"
        }
        return svg + "</svg>"
    }

    private static func line(at luma: Double, _ kind: String) -> String {
        let x = short(min(255, max(0, luma)) / 4)
        return "<line class=\"\(kind)\" x1=\"\(x)\" x2=\"\(x)\" y1=\"0\" y2=\"32\"/>"
    }

    private static func short(_ value: Double) -> String { NumberText.format((value * 100).rounded() / 100) }
}
