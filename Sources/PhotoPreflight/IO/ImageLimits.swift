/// The limits every reader of a photo enforces: how many bytes are read from disk and how many pixels a
/// decoder may allocate. Check, fix, the HTML report and the upload gate all go through one value, so they
/// cannot disagree about what is too big.
public struct ImageLimits: Sendable, Equatable {
    /// Refuse images whose header declares more pixels than this, before allocating. Default 100 megapixels.
    public var maxPixels: Int
    /// Files larger than this many bytes are not read into memory. Default 256 MiB.
    public var maxBytes: Int

    /// The defaults: 100 megapixels, 256 MiB.
    public static let standard = ImageLimits()

    /// Creates limits; see the properties for defaults.
    public init(maxPixels: Int = 100_000_000, maxBytes: Int = 256 * 1024 * 1024) {
        self.maxPixels = maxPixels
        self.maxBytes = maxBytes
    }
}
