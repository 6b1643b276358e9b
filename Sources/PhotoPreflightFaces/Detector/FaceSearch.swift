import PhotoPreflight

/// How ``DlibFaceDetector/findFaces(width:height:pixels:search:)`` searches coarse to fine.
///
/// HOG cost grows with the pixel count, so the search first scans a shrunken copy (long side about
/// ``coarseLongSide``), which finds every large face cheaply. It scans finer only if a face that matters could
/// have been too small for the coarse scan: one at least ``secondaryFaceRelativeWidth`` as wide as the main face,
/// or any face at all when none was found. The result is the faces of the last scan.
public struct FaceSearch: Sendable, Hashable {
    /// Smallest face box HOG finds reliably, in pixels of the scanned image (dlib's window is 80×80; boxes down to
    /// 73 px were seen).
    public static let smallestDetectableWidth = 80.0

    /// Long side of the first, coarse scan, in pixels (default 640); never coarser than this.
    public var coarseLongSide = 640
    /// Faces scoring below this do not count as the main face (default 0.3, as ``FaceRuleThresholds``).
    public var minimumScore = 0.3
    /// Faces narrower than this fraction of the main face do not matter (default 0.4, as
    /// ``FaceRuleThresholds``).
    public var secondaryFaceRelativeWidth = 0.4

    /// The defaults.
    public init() {}

    /// Takes score and relative width from the rule thresholds, so the search sees what the rules count.
    public init(thresholds: FaceRuleThresholds) {
        minimumScore = thresholds.minimumScore
        secondaryFaceRelativeWidth = thresholds.secondaryFaceRelativeWidth
    }

    /// Downsampling factor of the first scan for a working image of the given size (≥ 1).
    public func coarseFactor(width: Int, height: Int) -> Int {
        max(1, min(max(width, height) / max(1, coarseLongSide), min(width, height)))
    }

    /// Downsampling factor of the next scan after a scan at `factor` found `faces`; `nil` when no face that
    /// matters can have been missed.
    public func refinedFactor(after faces: [DetectedFace], at factor: Int) -> Int? {
        let counted = faces.filter { $0.score >= minimumScore }
        guard let main = counted.max(by: { $0.box.area < $1.box.area }) else { return factor > 1 ? 1 : nil }
        let needed = main.box.width * secondaryFaceRelativeWidth
        let refined = max(1, Int(needed / Self.smallestDetectableWidth))
        return refined < factor ? refined : nil
    }
}
