/// An 8-bit image in memory: `channels` interleaved samples per pixel (1 = luma, 3 = RGB), rows packed.
public struct Raster: Sendable, Equatable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Samples per pixel: 1 (gray) or 3 (RGB).
    public var channels: Int
    /// `width * height * channels` samples, row by row.
    public var pixels: [UInt8]

    /// Creates a raster; `pixels.count` must be `width * height * channels`.
    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * channels, "pixel count does not match the size")
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// A raster filled with one value in every sample.
    public init(width: Int, height: Int, channels: Int, filling value: UInt8) {
        self.init(
            width: width, height: height, channels: channels,
            pixels: [UInt8](repeating: value, count: width * height * channels))
    }

    /// The shorter side in pixels.
    public var shortSide: Int { min(width, height) }
}
