internal import PreflightSupport

/// What every face rule looks at: the faces that count, the main face, and the image, in original pixels.
struct FaceRuleContext {
    /// Faces scoring at least `thresholds.minimumScore`, boxes in original upright pixels, largest first.
    let faces: [DetectedFace]
    /// Image width in original upright pixels.
    let imageWidth: Double
    /// Image height in original upright pixels.
    let imageHeight: Double
    /// The limits in force.
    let thresholds: FaceRuleThresholds
    /// The main face's landmarks and measures, when the landmark locator ran on it.
    let landmarks: FaceLandmarkFacts?

    /// The subject: the largest face that counts; `nil` if there is none.
    var mainFace: DetectedFace? { faces.first }

    /// The main face and its landmark measures, what the landmark rules judge; `nil` without either.
    var measuredFace: (face: DetectedFace, landmarks: FaceLandmarkFacts)? {
        guard let mainFace, let landmarks else { return nil }
        return (mainFace, landmarks)
    }

    /// The context of a photo whose face check ran and succeeded; `nil` otherwise (no face rule applies).
    init?(_ facts: PhotoFacts, _ configuration: PreflightConfiguration) {
        guard let found = facts.faces, found.failure == nil else { return nil }
        thresholds = configuration.faceThresholds
        faces = found.counted(minimumScore: thresholds.minimumScore)
        imageWidth = found.imageWidth
        imageHeight = found.imageHeight
        landmarks = found.landmarks
    }
}

/// The switch every face rule shares.
let faceCheckSwitches = ["--no-face-check"]

/// Formats a number of pixels or a fraction for messages: no decimals at or above 10, else two.
func formatted(_ value: Double) -> String { NumberText.format(value, decimals: abs(value) >= 10 ? 0 : 2) }
