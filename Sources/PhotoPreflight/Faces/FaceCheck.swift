/// Runs a face detector on the already-decoded upright gray image and measures the main face. It only
/// detects and measures: the face rules (`Checks/Rules/Faces`) judge what it found.
struct FaceCheck: Sendable {
    var detector: any FaceDetecting
    var thresholds: FaceRuleThresholds
    /// Locates the main face's landmarks; `nil` leaves `FaceFacts.landmarks` empty.
    var landmarks: (any FaceLandmarkLocating)?

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
            detected = try detector.detectFaces(
                in: working, thresholds: thresholds, scaleToOriginal: scaleToOriginal)
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
            if let landmarks {
                locateLandmarks(
                    with: landmarks, box: main.box.scaled(by: toDecoded), upright: upright,
                    toOriginal: 1 / toDecoded, into: &outcome.faces)
            }
        }
        return outcome
    }

    /// Fills `faces.landmarks` (or `faces.landmarkFailure`) for the main face, whose box is in `upright`'s pixels.
    private func locateLandmarks(
        with locator: any FaceLandmarkLocating, box: FaceBox, upright: Raster, toOriginal: Double,
        into faces: inout FaceFacts
    ) {
        do {
            let points = try locator.locateLandmarks(in: upright, face: box)
            guard points.count == 68 else {
                faces.landmarkFailure = "the landmark locator gave \(points.count) points, 68 expected"
                return
            }
            faces.landmarks = FaceLandmarkFacts(measuring: points, in: upright, toOriginal: toOriginal)
        } catch {
            faces.landmarkFailure = "\(error)"
        }
    }
}
