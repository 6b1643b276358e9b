import Foundation
import PhotoPreflight

/// How ``DlibFaceDetector/findFaces(width:height:pixels:search:)-(_,_,UnsafeBufferPointer<UInt8>,_)`` searches:
/// one coarse scan, then at most one finer scan of only the face sizes the coarse scan could not see.
///
/// HOG cost grows with the pixel count, so the search first scans a shrunken copy (long side about
/// ``coarseLongSide``), which finds every large face cheaply. It scans finer only if a face that matters could
/// have been too small for the coarse scan: one at least ``secondaryFaceRelativeWidth`` as wide as the main face,
/// or, when none was found, any face of at least ``smallestFaceWidth``. The finer scan shrinks the image just
/// enough for the narrowest such face to fill the detector's window and stops its pyramid within one level of
/// the coarse scan's first (as near as two levels of one pyramid are), so no face size is scanned twice. The result is both scans' faces,
/// merged as dlib merges the levels of one scan.
public struct FaceSearch: Sendable, Hashable {
    /// Smallest face box HOG finds reliably, in pixels of the scanned image (dlib's window is 80×80; boxes down to
    /// 73 px were seen).
    public static let smallestDetectableWidth = 80.0
    /// Width ratio of consecutive levels of dlib's image pyramid (each level is 5/6 of the one before, so level
    /// k finds faces 1.2^k times as wide as level 0).
    public static let pyramidStep = 1.2

    /// Long side of the first, coarse scan, in pixels (default 640); never coarser than this.
    public var coarseLongSide = 640
    /// Faces scoring below this do not count as the main face (default 0.3, as ``FaceRuleThresholds``).
    public var minimumScore = 0.3
    /// Faces narrower than this fraction of the main face do not matter (default 0.4, as
    /// ``FaceRuleThresholds``).
    public var secondaryFaceRelativeWidth = 0.4
    /// Narrowest face looked for when the coarse scan found none that counts, in pixels of the searched image
    /// (default 80: every face the detector can see). Narrower faces are reported as no face at all.
    public var smallestFaceWidth = smallestDetectableWidth

    /// A finer scan: the image is shrunk by `downscale` (≥ 1) and the first `pyramidLevels` levels are scanned.
    public struct FinerScan: Sendable, Hashable {
        /// Factor the searched image is shrunk by before this scan, ≥ 1.
        public var downscale: Double
        /// Pyramid levels scanned, ≥ 1.
        public var pyramidLevels: Int
    }

    /// The defaults.
    public init() {}

    /// Takes score, relative width and face-size limit from the rule thresholds, so the search sees what the
    /// rules count. `scaleToOriginal` is original pixels per searched pixel: the limit of
    /// ``FaceRuleThresholds/minimumFaceSide`` (original pixels) becomes ``smallestFaceWidth`` in searched
    /// pixels, so a face at the limit is just found, one a little under it is found and reported as too small,
    /// and one far under it (which fails either way) is not searched for.
    public init(thresholds: FaceRuleThresholds, scaleToOriginal: Double = 1) {
        minimumScore = thresholds.minimumScore
        secondaryFaceRelativeWidth = thresholds.secondaryFaceRelativeWidth
        if scaleToOriginal > 0, thresholds.minimumFaceSide.isFinite {
            smallestFaceWidth = thresholds.minimumFaceSide / scaleToOriginal
        }
    }

    /// Downsampling factor of the first scan for a working image of the given size (≥ 1).
    public func coarseFactor(width: Int, height: Int) -> Int {
        max(1, min(max(width, height) / max(1, coarseLongSide), min(width, height)))
    }

    /// The finer scan needed after the coarse scan at `coarseFactor` found `faces`; `nil` when no face that
    /// matters can have been missed.
    public func finerScan(after faces: [DetectedFace], coarseFactor: Int) -> FinerScan? {
        let counted = faces.filter { $0.score >= minimumScore }
        let needed =
            counted.max(by: { $0.box.area < $1.box.area }).map { $0.box.width * secondaryFaceRelativeWidth }
            ?? smallestFaceWidth
        let downscale = max(1, needed / Self.smallestDetectableWidth)
        let coarse = Double(coarseFactor)
        guard downscale * Self.pyramidStep < coarse else { return nil }
        // Levels up to within one pyramid step of the coarse scan's first, as close as two levels of one pyramid.
        let levels = Int((log(coarse / downscale) / log(Self.pyramidStep)).rounded(.up))
        return FinerScan(downscale: downscale, pyramidLevels: levels)
    }
}
