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
    /// How the stored pixels must be turned to display upright: the EXIF orientation for JPEG and PNG; for
    /// AVIF, the container's `irot`/`imir` expressed as the equivalent EXIF value. Nil for HEIF (libheif
    /// applies `irot`/`imir` itself, and an EXIF orientation inside a HEIC is ignored) and WebP.
    public var orientation: Orientation?
    /// Whether the file embeds an ICC colour profile.
    public var hasICCProfile: Bool
    /// Whether the file carries EXIF, XMP or text metadata.
    public var hasMetadata: Bool
    /// Frames (animated WebP, AVIF sequence) or top-level images (HEIF); 1 for a still image. Only the first
    /// (HEIF: the primary) is decoded.
    public var frameCount: Int

    /// Creates a header from its facts.
    public init(
        format: ImageFormat, width: Int, height: Int, components: Int, bitDepth: Int, isInterlaced: Bool,
        isArithmeticCoded: Bool, hasAlpha: Bool, colorDescription: String, orientation: Orientation?,
        hasICCProfile: Bool, hasMetadata: Bool, frameCount: Int = 1
    ) {
        self.frameCount = frameCount
        self.format = format
        self.width = width
        self.height = height
        self.components = components
        self.bitDepth = bitDepth
        self.isInterlaced = isInterlaced
        self.isArithmeticCoded = isArithmeticCoded
        self.hasAlpha = hasAlpha
        self.colorDescription = colorDescription
        self.orientation = orientation
        self.hasICCProfile = hasICCProfile
        self.hasMetadata = hasMetadata
    }

    /// Width and height as displayed, after applying the orientation.
    public var displayedSize: (width: Int, height: Int) {
        (orientation ?? .up).displayedSize(width: width, height: height)
    }

    /// Number of stored pixels.
    public var pixelCount: Int { width * height }
}
