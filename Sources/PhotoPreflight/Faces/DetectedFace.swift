/// One face found by a detector.
public struct DetectedFace: Sendable, Hashable, Codable {
    /// Face box in the pixels of the image the detector saw (working pixels). dlib's HOG boxes are tight:
    /// roughly eyebrows to chin and ear to ear, without hair.
    public var box: FaceBox
    /// Detection confidence (dlib: SVM margin; real portrait faces score about 0.7–2.5, false positives seen on
    /// this project's corpus stayed below 0.2).
    public var score: Double
    /// Which head pose filter fired.
    public var pose: FacePose

    /// Creates a detected face from its box (working pixels), score and pose.
    public init(box: FaceBox, score: Double, pose: FacePose) {
        self.box = box
        self.score = score
        self.pose = pose
    }
}
