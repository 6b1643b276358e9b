/// Runs a face detector on the already-decoded upright gray image and turns its result into findings, face
/// reports and face-region measurements.
struct FaceCheck: Sendable {
    var detector: any FaceDetecting
    var thresholds: FaceRuleThresholds

    /// The face's share of the measurements: brightness and sharpness of the main face.
    struct Outcome {
        var findings: [Finding]
        var faces: [FaceReport]
        var faceBrightness: Double?
        var faceSharpness: Double?
    }

    /// Face boxes are normalised to this width before the face sharpness is measured, so the score does not
    /// depend on how large the face is in the photo.
    static let faceSharpnessWidth = 128

    /// `upright` is the decoded gray image; `originalWidth` × `originalHeight` is the photo's upright size.
    func run(upright: Raster, originalWidth: Int, originalHeight: Int) -> Outcome {
        let target = FaceWorkingResolution.workingSize(width: originalWidth, height: originalHeight)
        let working = upright.areaResized(width: target.width, height: target.height)
        let scaleToOriginal = Double(originalWidth) / Double(working.width)
        let detected: [DetectedFace]
        do {
            detected = try detector.detectFaces(in: working, thresholds: thresholds)
        } catch {
            let finding = Finding(
                rule: "no-face", severity: .warning, message: "the face check could not run: \(error)")
            return Outcome(findings: [finding], faces: [])
        }
        let findings = evaluateFaceRules(
            faces: detected, imageWidth: working.width, imageHeight: working.height, scaleToOriginal: scaleToOriginal,
            thresholds: thresholds
        ).map {
            Finding(
                rule: RuleID(rawValue: $0.ruleID), severity: $0.severity == .error ? .error : .warning,
                message: $0.message, value: $0.value, threshold: $0.threshold, unit: $0.unit)
        }
        let counted = FaceRuleContext(
            faces: detected, imageWidth: working.width, imageHeight: working.height, scaleToOriginal: scaleToOriginal,
            thresholds: thresholds
        ).faces
        var outcome = Outcome(findings: findings, faces: counted.map(FaceReport.init))
        if let main = counted.first {
            // The main face's box in the decoded image's pixels.
            let toDecoded = Double(upright.width) / Double(originalWidth)
            if let box = main.box.scaled(by: toDecoded).clipped(toWidth: upright.width, height: upright.height),
                box.width >= 8, box.height >= 8
            {
                let x = Int(box.x), y = Int(box.y), width = Int(box.width), height = Int(box.height)
                let face = upright.cropped(x: x, y: y, width: width, height: height)
                outcome.faceBrightness = Double(face.pixels.reduce(0) { $0 + Int($1) }) / Double(face.pixels.count)
                let scale = Double(Self.faceSharpnessWidth) / Double(width)
                let normalised =
                    scale < 1
                    ? face.areaResized(width: Self.faceSharpnessWidth, height: max(3, Int(Double(height) * scale)))
                    : face
                outcome.faceSharpness = SharpnessMeasure(gray: normalised).wholeFrame
            }
        }
        return outcome
    }
}
