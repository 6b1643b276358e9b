/// What the face check found in one photo: every detection and the image size, in original upright pixels.
public struct FaceFacts: Sendable, Equatable {
    /// Every detection, boxes in original upright pixels, in detector order (low scores included: the rules
    /// filter by `FaceRuleThresholds.minimumScore`).
    public var detections: [DetectedFace]
    /// Image width in original upright pixels.
    public var imageWidth: Double
    /// Image height in original upright pixels.
    public var imageHeight: Double
    /// Why the detector could not run, if it failed (then `detections` is empty and `no-face` says so).
    public var failure: String?
    /// The main face's landmarks and the measures taken from them, when a landmark model ran on it.
    public var landmarks: FaceLandmarkFacts?
    /// Why `landmarks` is `nil` although a main face was found (the landmark model is missing, say); `nil`
    /// otherwise.
    public var landmarkFailure: String?

    /// Creates facts from detections already in original upright pixels.
    public init(detections: [DetectedFace], imageWidth: Double, imageHeight: Double, failure: String? = nil) {
        self.detections = detections
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.failure = failure
    }

    /// Creates facts from detections in the pixels of a `workingWidth`×`workingHeight` working image, scaling
    /// boxes and size by `scaleToOriginal` (original upright pixels per working pixel).
    public init(working faces: [DetectedFace], workingWidth: Int, workingHeight: Int, scaleToOriginal: Double) {
        self.init(
            detections: faces.map {
                DetectedFace(box: $0.box.scaled(by: scaleToOriginal), score: $0.score, pose: $0.pose)
            },
            imageWidth: Double(workingWidth) * scaleToOriginal, imageHeight: Double(workingHeight) * scaleToOriginal)
    }

    /// The faces that count: scoring at least `minimumScore`, largest first. The first is the main face.
    public func counted(minimumScore: Double) -> [DetectedFace] {
        detections.filter { $0.score >= minimumScore }.sorted { $0.box.area > $1.box.area }
    }
}
