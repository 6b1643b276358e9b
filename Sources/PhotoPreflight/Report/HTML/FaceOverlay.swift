internal import PreflightSupport

/// The SVG drawn over a card's thumbnail: every counted face's box (the main one marked), the frame the
/// `face-cut-off` rule wants inside the photo (the main box grown by its margins), and the main face's
/// landmarks when a landmark model located them. Coordinates are original upright pixels: the view box is
/// the photo's displayed size, stretched over the thumbnail like the measurement maps.
struct FaceOverlay {
    /// Width and height of the photo as displayed, in pixels.
    var width: Int
    var height: Int
    /// The faces that count, largest (the main face) first, in original upright pixels.
    var faces: [FaceBox]
    /// The main face's landmarks, when located.
    var landmarks: [FacePoint]?
    /// The limits in force (the cut-off margins).
    var thresholds: FaceRuleThresholds

    /// The overlay for a card, or `nil` when the face check did not run or found no face.
    init?(_ card: ReportCard, thresholds: FaceRuleThresholds) {
        guard let faces = card.report.faces, !faces.isEmpty, let width = card.report.displayWidth,
            let height = card.report.displayHeight
        else { return nil }
        self.width = width
        self.height = height
        self.faces = faces.map { FaceBox(x: $0.x, y: $0.y, width: $0.width, height: $0.height) }
        self.landmarks = card.landmarks
        self.thresholds = thresholds
    }

    /// The `<svg>` element.
    var svg: String {
        var svg = "<svg class=\"faces\" viewBox=\"0 0 \(width) \(height)\" preserveAspectRatio=\"none\" "
        svg += "role=\"img\" aria-label=\"detected face\">"
        if let main = faces.first {
            svg += rect(FaceCutOffRule.frame(around: main, thresholds), "frame")
        }
        for (index, face) in faces.enumerated() { svg += rect(face, index == 0 ? "face" : "face other") }
        if let landmarks, !landmarks.isEmpty {
            let radius = number(max(1, Double(max(width, height)) / 250))
            svg += "<g class=\"landmarks\">"
            for point in landmarks {
                svg += "<circle cx=\"\(number(point.x))\" cy=\"\(number(point.y))\" r=\"\(radius)\"/>"
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    private func rect(_ box: FaceBox, _ kind: String) -> String {
        "<rect class=\"\(kind)\" x=\"\(number(box.x))\" y=\"\(number(box.y))\" width=\"\(number(box.width))\" "
            + "height=\"\(number(box.height))\"/>"
    }

    private func number(_ value: Double) -> String { NumberText.format((value * 10).rounded() / 10) }
}
