/// Exposure and focus of the main face, measured on its tight detector box in the decoded upright gray
/// image with the same measures as the whole frame (``ExposureMeasure``, ``SharpnessMeasure``).
struct FaceRegionMeasure: Sendable, Equatable {
    /// Plain mean luma of the tight box, 0-255.
    var brightness: Double
    /// Centre-weighted mean luma of the inner skin region (``skinRegion`` of the box), clipped pixels
    /// included, 0-255: forehead, cheeks, nose and mouth, without hair or background in the box's corners.
    var skinBrightness: Double
    /// Centre-weighted fraction of the skin region's pixels darker than 16, 0-1.
    var shadowClipping: Double
    /// Centre-weighted fraction of the skin region's pixels brighter than 240, 0-1.
    var highlightClipping: Double
    /// Centre-weighted 5th-95th percentile luma spread of the box, 0-255.
    var contrast: Double
    /// Whole-box Laplacian variance with the box normalised to ``sharpnessWidth`` pixels wide.
    var sharpness: Double

    /// The inner skin region, as fractions of the tight box's width and height from its top-left corner.
    static let skinRegion = (left: 0.2, top: 0.25, right: 0.8, bottom: 0.9)
    /// Face boxes are normalised to this width before the face sharpness is measured, so the score does not
    /// depend on how large the face is in the photo.
    static let sharpnessWidth = 128
    /// Boxes smaller than this on either side, in decoded pixels, are not measured.
    static let minimumSide = 8

    /// Measures the part of `box` (pixels of `gray`, one channel) inside the image; `nil` when that part is
    /// smaller than ``minimumSide``.
    init?(gray: Raster, box: FaceBox) {
        guard let inside = box.clipped(toWidth: gray.width, height: gray.height),
            Int(inside.width) >= Self.minimumSide, Int(inside.height) >= Self.minimumSide
        else { return nil }
        let width = Int(inside.width), height = Int(inside.height)
        let face = gray.cropped(x: Int(inside.x), y: Int(inside.y), width: width, height: height)
        brightness = Double(face.pixels.reduce(0) { $0 + Int($1) }) / Double(face.pixels.count)
        contrast = ExposureMeasure(gray: face).contrastSpread
        let region = Self.skinRegion
        let skin = face.cropped(
            x: Int(Double(width) * region.left), y: Int(Double(height) * region.top),
            width: max(1, Int(Double(width) * (region.right - region.left))),
            height: max(1, Int(Double(height) * (region.bottom - region.top))))
        let skinExposure = ExposureMeasure(gray: skin)
        skinBrightness = skinExposure.meanLuma
        shadowClipping = skinExposure.shadowClipping
        highlightClipping = skinExposure.highlightClipping
        let scale = Double(Self.sharpnessWidth) / Double(width)
        let normalised =
            scale < 1
            ? face.areaResized(width: Self.sharpnessWidth, height: max(3, Int(Double(height) * scale))) : face
        sharpness = SharpnessMeasure(gray: normalised).wholeFrame
    }
}
