/// How much of an image to decode, and into what.
public struct DecodeRequest: Sendable, Equatable {
    /// Output layout: one luma channel or RGB.
    public enum Layout: Int, Sendable {
        case gray = 1
        case rgb = 3
    }

    /// Refuse images whose header declares more pixels than this, before allocating. Default 100 megapixels.
    public var maxPixels: Int = ImageLimits.standard.maxPixels
    /// JPEG only: decode at 1/2, 1/4 or 1/8 scale in the DCT domain while the shorter side stays at least
    /// this many pixels. `nil` decodes at full resolution.
    public var minimumShortSide: Int?
    /// JPEG only: never reduce by more than this (1, 2, 4 or 8). Default 8.
    public var maximumScaleDenominator: Int = 8
    /// Output layout.
    public var layout: Layout = .gray
    /// JPEG only: the faster, slightly less accurate integer IDCT (for statistics, not re-encoding).
    public var fastIDCT: Bool = false
    /// Background that transparent pixels are composited onto, as 0xRRGGBB. Default white.
    public var background: UInt32 = 0xFFFFFF
    /// Also return the embedded ICC profile in ``DecodedImage/iccProfile``. Default false.
    public var readsICCProfile: Bool = false
    /// HEIF, WebP and AVIF: also return the EXIF block in ``DecodedImage/exif``. Default false.
    public var readsMetadata: Bool = false

    /// Creates a request; see the properties for defaults.
    public init(
        maxPixels: Int = ImageLimits.standard.maxPixels, minimumShortSide: Int? = nil, maximumScaleDenominator: Int = 8,
        layout: Layout = .gray, fastIDCT: Bool = false, background: UInt32 = 0xFFFFFF, readsICCProfile: Bool = false,
        readsMetadata: Bool = false
    ) {
        self.readsMetadata = readsMetadata
        self.maximumScaleDenominator = maximumScaleDenominator
        self.maxPixels = maxPixels
        self.minimumShortSide = minimumShortSide
        self.layout = layout
        self.fastIDCT = fastIDCT
        self.background = background
        self.readsICCProfile = readsICCProfile
    }
}
