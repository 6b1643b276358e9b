/// Head pose class of a detected face, as told by which of dlib's five HOG filters fired.
///
/// dlib's frontal face detector is built from five filters: a front looking one, a left looking one, a right
/// looking one, and two front looking ones rotated left and right (dlib's own names; "left" and "right" are
/// those of dlib's training labels). Only ``frontal`` means a straight, upright head.
public enum FacePose: String, Sendable, Hashable, Codable, CaseIterable {
    /// Straight, upright face (HOG filter 0).
    case frontal
    /// Head turned to one side (HOG filter 1, "left looking").
    case lookingLeft = "looking-left"
    /// Head turned to the other side (HOG filter 2, "right looking").
    case lookingRight = "looking-right"
    /// Front looking face with the head tilted in the image plane (HOG filter 3, "rotated left").
    case rotatedLeft = "rotated-left"
    /// Front looking face with the head tilted in the image plane (HOG filter 4, "rotated right").
    case rotatedRight = "rotated-right"

    /// The pose for dlib's HOG sub-detector index 0–4; `nil` for any other index.
    public init?(hogSubDetector index: Int) {
        switch index {
        case 0: self = .frontal
        case 1: self = .lookingLeft
        case 2: self = .lookingRight
        case 3: self = .rotatedLeft
        case 4: self = .rotatedRight
        default: return nil
        }
    }

    /// dlib's HOG sub-detector index (0–4) for this pose.
    public var hogSubDetector: Int {
        switch self {
        case .frontal: 0
        case .lookingLeft: 1
        case .lookingRight: 2
        case .rotatedLeft: 3
        case .rotatedRight: 4
        }
    }
}
