/// Measurements of a decoded photo, taken on an upright gray copy normalised to a 512-pixel short side,
/// inside any letterbox bars.
public struct PhotoMetrics: Sendable, Codable, Equatable {
    /// Exposure of the subject: centre-weighted mean luma (Rec. 601) of the unclipped pixels (16-240), 0-255.
    public var brightness: Double
    /// Centre-weighted mean luma of all pixels, 0-255.
    public var meanLuma: Double
    /// Whole-frame mean luma, 0-255.
    public var wholeFrameBrightness: Double
    /// Centre-weighted fraction of clipped shadows (luma < 16), 0-1.
    public var shadowClipping: Double
    /// Centre-weighted fraction of clipped highlights (luma > 240), 0-1.
    public var highlightClipping: Double
    /// Centre-weighted 5th-95th percentile luma spread, 0-255.
    public var contrast: Double
    /// Mean Laplacian variance of the sharpest tenth of an 8×8 tile grid.
    public var sharpness: Double
    /// Whole-frame Laplacian variance.
    public var wholeFrameSharpness: Double
    /// Fraction of the frame inside dark letterbox/pillarbox bars that were left out, 0-1.
    public var borderFraction: Double
    /// Mean luma of the main face's tight box, 0-255, when the face check found one.
    public var faceBrightness: Double?
    /// Centre-weighted mean luma of the main face's inner skin region (clipped pixels included), 0-255, when
    /// found: the face brightness `too-dark` and `too-bright` judge.
    public var faceSkinBrightness: Double?
    /// Centre-weighted fraction of clipped shadows (luma < 16) in the main face's skin region, 0-1, when found.
    public var faceShadowClipping: Double?
    /// Centre-weighted fraction of clipped highlights (luma > 240) in the main face's skin region, 0-1, when
    /// found.
    public var faceHighlightClipping: Double?
    /// Centre-weighted 5th-95th percentile luma spread of the main face's box, 0-255, when found.
    public var faceContrast: Double?
    /// Laplacian variance of the main face, normalised to a 128-pixel-wide face, when found: the sharpness
    /// `blurry` judges.
    public var faceSharpness: Double?

    /// The working short side, in pixels, at which the metrics are measured.
    public static let workingShortSide = 512

    /// Creates metrics from measured values (see the properties for units).
    public init(
        brightness: Double, meanLuma: Double, wholeFrameBrightness: Double, shadowClipping: Double,
        highlightClipping: Double, contrast: Double, sharpness: Double, wholeFrameSharpness: Double,
        borderFraction: Double
    ) {
        self.brightness = brightness
        self.meanLuma = meanLuma
        self.wholeFrameBrightness = wholeFrameBrightness
        self.shadowClipping = shadowClipping
        self.highlightClipping = highlightClipping
        self.contrast = contrast
        self.sharpness = sharpness
        self.wholeFrameSharpness = wholeFrameSharpness
        self.borderFraction = borderFraction
    }
}

extension PhotoMetrics {
    /// Records the main face's measures (all face values `nil` when no face was measured).
    mutating func record(face: FaceRegionMeasure?) {
        faceBrightness = face?.brightness
        faceSkinBrightness = face?.skinBrightness
        faceShadowClipping = face?.shadowClipping
        faceHighlightClipping = face?.highlightClipping
        faceContrast = face?.contrast
        faceSharpness = face?.sharpness
    }
}

/// The pixels behind the metrics, kept for reports that draw maps and histograms.
public struct MetricsDetail: Sendable {
    /// Centre-weighted luma histogram, 256 bins summing to 1.
    public var histogram: [Double]
    /// Laplacian variance per tile, 8 × 8, row by row.
    public var sharpnessTiles: [Double]
}

enum MetricsAnalyzer {
    /// Measures an upright gray raster (one channel).
    static func measure(uprightGray: Raster) -> (PhotoMetrics, MetricsDetail) {
        let region = BorderTrim.pictureRegion(of: uprightGray)
        let picture = uprightGray.cropped(x: region.x, y: region.y, width: region.width, height: region.height)
        let working = picture.areaResized(shortSide: PhotoMetrics.workingShortSide)
        let exposure = ExposureMeasure(gray: working)
        let sharpness = SharpnessMeasure(gray: working)
        let borderFraction =
            1 - Double(region.width * region.height) / Double(max(1, uprightGray.width * uprightGray.height))
        let metrics = PhotoMetrics(
            brightness: exposure.subjectLuma, meanLuma: exposure.meanLuma,
            wholeFrameBrightness: exposure.wholeFrameMeanLuma,
            shadowClipping: exposure.shadowClipping, highlightClipping: exposure.highlightClipping,
            contrast: exposure.contrastSpread, sharpness: sharpness.score, wholeFrameSharpness: sharpness.wholeFrame,
            borderFraction: borderFraction)
        return (metrics, MetricsDetail(histogram: exposure.histogram, sharpnessTiles: sharpness.tiles))
    }
}
