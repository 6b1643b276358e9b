/// What every face rule looks at: the faces that count, the main face, and the image, in original pixels.
public struct FaceRuleContext: Sendable {
    /// Faces scoring at least `thresholds.minimumScore`, boxes in original upright pixels, largest first.
    public let faces: [DetectedFace]
    /// Image width in original upright pixels.
    public let imageWidth: Double
    /// Image height in original upright pixels.
    public let imageHeight: Double
    /// The limits in force.
    public let thresholds: FaceRuleThresholds

    /// The subject: the largest face that counts; `nil` if there is none.
    public var mainFace: DetectedFace? { faces.first }

    /// Builds the context from detections in working pixels.
    /// - Parameters:
    ///   - faces: Detections, boxes in working pixels.
    ///   - imageWidth: Working image width in pixels.
    ///   - imageHeight: Working image height in pixels.
    ///   - scaleToOriginal: Original upright pixels per working pixel (≥ 1 normally).
    ///   - thresholds: The limits in force.
    public init(
        faces: [DetectedFace], imageWidth: Int, imageHeight: Int, scaleToOriginal: Double,
        thresholds: FaceRuleThresholds
    ) {
        self.faces =
            faces
            .filter { $0.score >= thresholds.minimumScore }
            .map { DetectedFace(box: $0.box.scaled(by: scaleToOriginal), score: $0.score, pose: $0.pose) }
            .sorted { $0.box.area > $1.box.area }
        self.imageWidth = Double(imageWidth) * scaleToOriginal
        self.imageHeight = Double(imageHeight) * scaleToOriginal
        self.thresholds = thresholds
    }
}

/// One face rule: a stable id, a severity, and a check over a ``FaceRuleContext``.
public protocol FaceRule: Sendable {
    /// Stable rule id, as used in reports and configuration (for example `no-face`).
    static var id: String { get }
    /// Severity of a finding of this rule.
    static var severity: FaceSeverity { get }
    /// One line saying what the rule checks.
    static var summary: String { get }
    /// The finding if the photo breaks the rule, else `nil`.
    static func evaluate(_ context: FaceRuleContext) -> FaceFinding?
}

extension FaceRule {
    /// A finding of this rule with its id and severity filled in.
    static func finding(
        _ message: String, value: Double, threshold: Double, unit: String, face: DetectedFace? = nil
    ) -> FaceFinding {
        FaceFinding(
            ruleID: id, severity: severity, message: message, value: value, threshold: threshold, unit: unit,
            faceBox: face?.box)
    }
}

/// Formats a number of pixels or a fraction for messages: no decimals at or above 10, else two.
func formatted(_ value: Double) -> String {
    let rounded = abs(value) >= 10 ? value.rounded() : (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
