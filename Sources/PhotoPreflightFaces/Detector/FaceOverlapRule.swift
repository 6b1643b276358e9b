import PhotoPreflight

/// dlib's rule (its `test_box_overlap`) for two detections of the same face, used to merge the detections of
/// two scans at different scales as dlib merges those of one scan's pyramid levels.
public struct FaceOverlapRule: Sendable, Hashable {
    /// Two boxes overlap when their intersection is more than this fraction of their bounding union.
    public var iouThreshold: Double
    /// … or more than this fraction of either box.
    public var coveredThreshold: Double

    /// A rule with the given thresholds (dlib's frontal face detector uses about 0.3 and 1).
    public init(iouThreshold: Double, coveredThreshold: Double) {
        self.iouThreshold = iouThreshold
        self.coveredThreshold = coveredThreshold
    }

    /// Whether `a` and `b` are taken for one face.
    public func overlaps(_ a: FaceBox, _ b: FaceBox) -> Bool {
        let inner =
            max(0, min(a.x + a.width, b.x + b.width) - max(a.x, b.x))
            * max(0, min(a.y + a.height, b.y + b.height) - max(a.y, b.y))
        guard inner > 0 else { return false }
        let outer =
            (max(a.x + a.width, b.x + b.width) - min(a.x, b.x)) * (max(a.y + a.height, b.y + b.height) - min(a.y, b.y))
        return inner / outer > iouThreshold || inner / a.area > coveredThreshold || inner / b.area > coveredThreshold
    }

    /// The faces best score first, each dropped when it overlaps a better one kept before it.
    public func suppressingOverlaps(_ faces: [DetectedFace]) -> [DetectedFace] {
        var kept: [DetectedFace] = []
        for face in faces.sorted(by: { $0.score > $1.score })
        where !kept.contains(where: { overlaps($0.box, face.box) }) {
            kept.append(face)
        }
        return kept
    }
}
