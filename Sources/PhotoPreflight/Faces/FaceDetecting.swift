/// Something that finds faces. The core runs the face rules over what it returns; the dlib implementation
/// lives in the `PhotoPreflightFaces` target so that the core does not depend on dlib.
public protocol FaceDetecting: Sendable {
    /// The faces in `image` (one gray channel, upright), boxes in its pixels, best first. `scaleToOriginal` is
    /// original photo pixels per pixel of `image`, for thresholds given in original pixels (the face-size limit).
    func detectFaces(in image: Raster, thresholds: FaceRuleThresholds, scaleToOriginal: Double) throws -> [DetectedFace]
}

/// A face as reported for a photo: box in original upright pixels.
public struct FaceReport: Sendable, Codable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    /// Detector confidence.
    public var score: Double
    /// Which head-pose filter found it (`frontal`, `looking-left`, …).
    public var pose: String

    init(_ face: DetectedFace) {
        x = face.box.x
        y = face.box.y
        width = face.box.width
        height = face.box.height
        score = face.score
        pose = face.pose.rawValue
    }
}
