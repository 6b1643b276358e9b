/// Why face detection could not run. A photo without faces is not an error (it gives an empty result).
public enum FaceDetectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pixel buffer does not match the given size, or the size is out of range.
    case invalidImage(String)
    /// The detector ran out of memory.
    case outOfMemory
    /// dlib reported a failure (the message is dlib's).
    case detectorFailure(String)

    public var description: String {
        switch self {
        case .invalidImage(let reason): "invalid image for face detection: \(reason)"
        case .outOfMemory: "face detection ran out of memory"
        case .detectorFailure(let reason): "face detector failed: \(reason)"
        }
    }
}
