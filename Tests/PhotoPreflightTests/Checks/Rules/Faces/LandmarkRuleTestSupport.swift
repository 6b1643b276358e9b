import PhotoPreflight

/// Landmark measures of a calm, frontal, evenly lit face, with any of them changed. The points are not used by
/// the rules, so they are left as 68 copies of the face centre.
func measures(
    yaw: Double = 0, pitch: Double = 0, roll: Double = 0, leftEye: Double = 0.3, rightEye: Double = 0.3,
    mouth: Double = 0.02, lighting: Double = 0.05
) -> FaceLandmarkFacts {
    FaceLandmarkFacts(
        points: Array(repeating: FacePoint(x: 500, y: 400), count: 68), yaw: yaw, pitch: pitch, roll: roll,
        leftEyeOpenness: leftEye, rightEyeOpenness: rightEye, mouthOpenness: mouth, lightingAsymmetry: lighting)
}

/// The findings of the face rules for one frontal face (by its HOG filter) with these landmark measures.
func findings(
    landmarks: FaceLandmarkFacts, pose: FacePose = .frontal, thresholds: FaceRuleThresholds = FaceRuleThresholds()
) -> [Finding] {
    var configuration = PreflightConfiguration()
    configuration.faceThresholds = thresholds
    var found = FaceFacts(working: [face(pose: pose)], workingWidth: 1000, workingHeight: 1000, scaleToOriginal: 1)
    found.landmarks = landmarks
    return RuleRegistry.evaluateFaceRules(found, configuration: configuration)
}
