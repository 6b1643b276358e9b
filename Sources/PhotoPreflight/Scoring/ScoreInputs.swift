/// What the score's components look at: the photo's measurements and, when the face check found one, the
/// main face (box in original upright pixels), the image size and the main face's landmark measures.
public struct ScoreInputs: Sendable {
    /// Measurements, when the pixels decoded.
    public var metrics: PhotoMetrics?
    /// The main face (the largest that counts), when the face check ran and found one.
    public var mainFace: DetectedFace?
    /// Image width in original upright pixels, as displayed (0 when unknown).
    public var imageWidth: Double
    /// Image height in original upright pixels (0 when unknown).
    public var imageHeight: Double
    /// The main face's landmark measures, when a landmark model ran on it.
    public var landmarks: FaceLandmarkFacts?
    /// Whether the face check ran and succeeded (then a missing `mainFace` means no face was found).
    public var faceCheckRan: Bool

    /// Creates inputs from their parts.
    public init(
        metrics: PhotoMetrics?, mainFace: DetectedFace? = nil, imageWidth: Double = 0, imageHeight: Double = 0,
        landmarks: FaceLandmarkFacts? = nil, faceCheckRan: Bool? = nil
    ) {
        self.faceCheckRan = faceCheckRan ?? (mainFace != nil)
        self.metrics = metrics
        self.mainFace = mainFace
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.landmarks = landmarks
    }

    /// The inputs of a checked photo: the main face is the largest detection scoring at least the configured
    /// minimum score, as the face rules count it.
    public init(facts: PhotoFacts, configuration: PreflightConfiguration) {
        let faces = facts.faces.flatMap { $0.failure == nil ? $0 : nil }
        let size = facts.header?.displayedSize
        self.init(
            metrics: facts.metrics,
            mainFace: faces?.counted(minimumScore: configuration.faceThresholds.minimumScore).first,
            imageWidth: faces?.imageWidth ?? Double(size?.width ?? 0),
            imageHeight: faces?.imageHeight ?? Double(size?.height ?? 0),
            landmarks: faces?.landmarks, faceCheckRan: faces != nil)
    }

    /// The measure of a face component: `value(box)` of the main face box (original pixels), ``ScoreMeasure/noFace``
    /// when the face check found none, nil (skipped) when it did not run or the image size is unknown.
    func face(_ value: (FaceBox) -> Double) -> ScoreMeasure? {
        guard faceCheckRan, imageWidth > 0, imageHeight > 0 else { return nil }
        guard let mainFace else { return .noFace }
        return ScoreMeasure(value(mainFace.box), basis: "main face")
    }
}
