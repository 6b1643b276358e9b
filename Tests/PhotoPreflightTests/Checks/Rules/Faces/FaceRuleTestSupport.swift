import PhotoPreflight

/// A 1000×1000 px image (scale 1) with the given faces, evaluated with `thresholds`; returns the rule ids.
func ruleIDs(
    _ faces: [DetectedFace], width: Int = 1000, height: Int = 1000, scale: Double = 1,
    thresholds: FaceRuleThresholds = FaceRuleThresholds()
) -> [RuleID] {
    findings(faces, width: width, height: height, scale: scale, thresholds: thresholds).map(\.rule)
}

/// The findings for the given faces on a `width`×`height` working image.
func findings(
    _ faces: [DetectedFace], width: Int = 1000, height: Int = 1000, scale: Double = 1,
    thresholds: FaceRuleThresholds = FaceRuleThresholds()
) -> [Finding] {
    var configuration = PreflightConfiguration()
    configuration.faceThresholds = thresholds
    let found = FaceFacts(working: faces, workingWidth: width, workingHeight: height, scaleToOriginal: scale)
    return RuleRegistry.evaluateFaceRules(found, configuration: configuration)
}

/// A detected face with its box centred at (`centreX`, `centreY`) and side `side`, in working pixels.
func face(
    centreX: Double = 500, centreY: Double = 400, side: Double = 300, score: Double = 1.5,
    pose: FacePose = .frontal
) -> DetectedFace {
    DetectedFace(
        box: FaceBox(x: centreX - side / 2, y: centreY - side / 2, width: side, height: side), score: score,
        pose: pose)
}
