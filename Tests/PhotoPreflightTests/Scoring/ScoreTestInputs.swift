import PhotoPreflight

/// Score inputs for a well-made portrait, each measure adjustable, in original pixels of a 1000×1250 photo.
enum ScoreTestInputs {
    static func metrics(faceBrightness: Double? = 140, faceSharpness: Double? = 600) -> PhotoMetrics {
        var metrics = PhotoMetrics(
            brightness: 130, meanLuma: 130, wholeFrameBrightness: 130, shadowClipping: 0, highlightClipping: 0,
            contrast: 120, sharpness: 700, wholeFrameSharpness: 400, borderFraction: 0)
        metrics.faceBrightness = faceBrightness
        metrics.faceSharpness = faceSharpness
        return metrics
    }

    static func landmarks(yaw: Double = 0, roll: Double = 0, eyes: Double = 0.3) -> FaceLandmarkFacts {
        FaceLandmarkFacts(
            points: [], yaw: yaw, pitch: 0, roll: roll, leftEyeOpenness: eyes, rightEyeOpenness: eyes,
            mouthOpenness: 0, lightingAsymmetry: 0)
    }

    /// A face `side` px wide centred across with its centre `down` of the height from the top.
    static func inputs(
        metrics: PhotoMetrics? = metrics(), side: Double = 300, centreX: Double = 500, down: Double = 0.4,
        landmarks: FaceLandmarkFacts? = nil, face: Bool = true, faceCheckRan: Bool = true
    ) -> ScoreInputs {
        let box = FaceBox(x: centreX - side / 2, y: down * 1250 - side / 2, width: side, height: side)
        return ScoreInputs(
            metrics: metrics, mainFace: face ? DetectedFace(box: box, score: 1.5, pose: .frontal) : nil,
            imageWidth: 1000, imageHeight: 1250, landmarks: landmarks, faceCheckRan: faceCheckRan)
    }

    static func finding(_ rule: RuleID, _ severity: Severity) -> Finding {
        Finding(rule: rule, severity: severity, message: "\(rule) happened")
    }
}
