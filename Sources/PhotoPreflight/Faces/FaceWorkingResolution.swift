/// The resolution at which faces are detected: the decoder hands the face check an upright grayscale copy of
/// the photo at this size.
///
/// dlib's HOG detector finds faces whose box is at least about 75–80 working pixels wide. Downscaling by at most
/// 2 keeps every face of 160 original pixels or more detectable, so a face just under the 200×200 px limit can
/// be found and reported as `face-too-small` rather than as `no-face` (the detector's search, `FaceSearch`,
/// looks down to a little under the limit, not further). Images are never upscaled, and images
/// whose long side is over 640 px are not scaled below 640 px (small faces in small images stay findable).
/// For a 12-megapixel photo (4032×3024) the working image is 2016×1512, which libjpeg can produce directly with
/// DCT scaling 1/2.
public enum FaceWorkingResolution {
    /// Working images are not made smaller than this on their long side, in pixels (unless the original is).
    public static let minimumLongSide = 640
    /// Largest `scaleToOriginal` (original pixels per working pixel): 2.
    public static let maximumScaleToOriginal = 2.0

    /// Original upright pixels per working pixel for a photo of the given upright size, in 1…2.
    public static func scaleToOriginal(width: Int, height: Int) -> Double {
        let longSide = Double(max(width, height, 1))
        return min(max(longSide / Double(minimumLongSide), 1), maximumScaleToOriginal)
    }

    /// Working size for a photo of the given upright size, in pixels (each side at least 1). The exact factor
    /// to report with a buffer of this size is `Double(width) / Double(workingWidth)`.
    public static func workingSize(width: Int, height: Int) -> (width: Int, height: Int) {
        let scale = scaleToOriginal(width: width, height: height)
        return (max(1, Int((Double(width) / scale).rounded())), max(1, Int((Double(height) / scale).rounded())))
    }
}
