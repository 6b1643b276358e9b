/// Which part of the photo an exposure or focus finding measured: the main face when the face check found
/// one, the whole frame otherwise.
enum MeasuredRegion: Sendable, Equatable {
    /// The main face's tight detector box.
    case face
    /// The whole frame (inside any letterbox bars), because the face check did not run.
    case frame
    /// The whole frame, because the face check ran and found no face.
    case frameWithoutFace

    /// Where the value was measured, for messages: "on the face", "in the whole frame".
    var phrase: String {
        switch self {
        case .face: "on the face"
        case .frame: "in the whole frame"
        case .frameWithoutFace: "in the whole frame (no face found)"
        }
    }

    /// The region the rules judge for `facts`: the face when its measures exist.
    init(_ facts: PhotoFacts) {
        if facts.metrics?.faceSkinBrightness != nil {
            self = .face
        } else {
            self = facts.faces == nil ? .frame : .frameWithoutFace
        }
    }
}
