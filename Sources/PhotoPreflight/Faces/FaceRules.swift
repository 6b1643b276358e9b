/// All face rules, in report order.
public enum FaceRules {
    /// Every face rule; ids are stable.
    public static let all: [any FaceRule.Type] = [
        NoFaceRule.self, MultipleFacesRule.self, FaceTooSmallRule.self, FaceCutOffRule.self,
        FaceOffCentreRule.self, NotFrontalRule.self,
    ]
}

/// Runs every face rule over the detected faces.
///
/// - Parameters:
///   - faces: Detections, boxes in working pixels (as returned by the detector).
///   - imageWidth: Width of the working image the faces were found in, in pixels.
///   - imageHeight: Height of the working image, in pixels.
///   - scaleToOriginal: Original upright pixels per working pixel.
///   - thresholds: The limits; defaults to the project defaults.
/// - Returns: One finding per broken rule, in ``FaceRules/all`` order; empty if the face is fine. Values, boxes
///   and messages are in original upright pixels.
public func evaluateFaceRules(
    faces: [DetectedFace], imageWidth: Int, imageHeight: Int, scaleToOriginal: Double,
    thresholds: FaceRuleThresholds = FaceRuleThresholds()
) -> [FaceFinding] {
    let context = FaceRuleContext(
        faces: faces, imageWidth: imageWidth, imageHeight: imageHeight, scaleToOriginal: scaleToOriginal,
        thresholds: thresholds)
    return FaceRules.all.compactMap { $0.evaluate(context) }
}
