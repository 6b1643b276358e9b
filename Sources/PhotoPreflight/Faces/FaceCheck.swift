/// Runs a face detector on the already-decoded upright gray image and measures the main face. It only
/// detects and measures: the face rules (`Checks/Rules/Faces`) judge what it found.
struct FaceCheck: Sendable {
    var detector: any FaceDetecting
    var thresholds: FaceRuleThresholds

    /// What was found, and the main face's exposure and focus.
    struct Outcome {
        var faces: FaceFacts
        var face: FaceRegionMeasure?
    }

    /// `upright` is the decoded gray image; `originalWidth` × `originalHeight` is the photo's upright size.
    func run(upright: Raster, originalWidth: Int, originalHeight: Int) -> Outcome {
        let target = FaceWorkingResolution.workingSize(width: originalWidth, height: originalHeight)
        let working = upright.areaResized(width: target.width, height: target.height)
        let scaleToOriginal = Double(originalWidth) / Double(working.width)
        let detected: [DetectedFace]
        do {
            detected = try detector.detectFaces(in: working, thresholds: thresholds)
        } catch {
            let faces = FaceFacts(
                detections: [], imageWidth: Double(originalWidth), imageHeight: Double(originalHeight),
                failure: "\(error)")
            return Outcome(faces: faces)
        }
        let faces = FaceFacts(
            working: detected, workingWidth: working.width, workingHeight: working.height,
            scaleToOriginal: scaleToOriginal)
        var outcome = Outcome(faces: faces)
        if let main = faces.counted(minimumScore: thresholds.minimumScore).first {
            // The main face's box in the decoded image's pixels.
            let toDecoded = Double(upright.width) / Double(originalWidth)
            outcome.face = FaceRegionMeasure(gray: upright, box: main.box.scaled(by: toDecoded))
        }
        return outcome
    }
}
