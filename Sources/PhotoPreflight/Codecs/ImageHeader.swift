/// Facts read from an image header before any pixel is decoded.
public struct ImageHeader: Sendable, Equatable {
    /// The container format.
    public var format: ImageFormat
    /// Width and height as stored, in pixels.
    public var width: Int
    public var height: Int
    /// Colour components stored (1 gray, 3 colour, 4 CMYK or RGBA).
    public var components: Int
    /// JPEG sample precision or PNG bit depth.
    public var bitDepth: Int
    /// JPEG progressive, or PNG Adam7 interlaced.
    public var isInterlaced: Bool
    /// JPEG arithmetic coding.
    public var isArithmeticCoded: Bool
    /// PNG alpha channel or transparency chunk.
    public var hasAlpha: Bool
    /// A short colour description, e.g. "YCbCr", "CMYK", "YCCK (Adobe)", "palette".
    public var colorDescription: String
    /// EXIF orientation, when the file carries one.
    public var orientation: Orientation?
    /// Whether the file embeds an ICC colour profile.
    public var hasICCProfile: Bool
    /// Whether the file carries EXIF, XMP or text metadata.
    public var hasMetadata: Bool

    /// Width and height as displayed, after applying the orientation.
    public var displayedSize: (width: Int, height: Int) {
        (orientation ?? .up).displayedSize(width: width, height: height)
    }

    /// Number of stored pixels.
    public var pixelCount: Int { width * height }
}
