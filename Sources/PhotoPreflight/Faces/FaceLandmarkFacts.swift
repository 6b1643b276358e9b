/// A point in original upright pixels.
public struct FacePoint: Sendable, Hashable, Codable {
    /// Horizontal position, pixels from the left edge.
    public var x: Double
    /// Vertical position, pixels from the top edge.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The main face's 68 landmarks (the iBUG 300-W layout of dlib's shape predictor) and what is measured
/// from them. Angles are in degrees.
public struct FaceLandmarkFacts: Sendable, Equatable, Codable {
    /// The 68 landmarks in original upright pixels (index 0–16 jaw, 17–26 brows, 27–35 nose, 36–41 the
    /// eye on the image's left, 42–47 the eye on the image's right, 48–67 mouth).
    public var points: [FacePoint]
    /// Head turn about the vertical axis; positive when the nose points towards the image's right.
    public var yaw: Double
    /// Head nod about the horizontal axis; positive when the face is tilted up (chin forward).
    public var pitch: Double
    /// In-plane tilt of the eye line; positive when the head is rotated clockwise in the image.
    public var roll: Double
    /// Eye aspect ratio (lid gap ÷ eye width) of the eye on the image's left; about 0.25–0.35 open, < 0.15 shut.
    public var leftEyeOpenness: Double
    /// Eye aspect ratio of the eye on the image's right.
    public var rightEyeOpenness: Double
    /// Inner-lip gap ÷ mouth width; about 0 closed, > 0.3 wide open.
    public var mouthOpenness: Double
    /// Brightness difference between the two halves of the face ÷ their mean brightness, 0–1 (0 = even).
    public var lightingAsymmetry: Double

    /// Creates landmark facts from measured values (see the properties for units).
    public init(
        points: [FacePoint], yaw: Double, pitch: Double, roll: Double, leftEyeOpenness: Double,
        rightEyeOpenness: Double, mouthOpenness: Double, lightingAsymmetry: Double
    ) {
        self.points = points
        self.yaw = yaw
        self.pitch = pitch
        self.roll = roll
        self.leftEyeOpenness = leftEyeOpenness
        self.rightEyeOpenness = rightEyeOpenness
        self.mouthOpenness = mouthOpenness
        self.lightingAsymmetry = lightingAsymmetry
    }
}
