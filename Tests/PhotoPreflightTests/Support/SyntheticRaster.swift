import PhotoPreflight

extension Raster {
    /// A one-channel raster whose pixel at (x, y) is `value(x, y)`, for measures with answers known by hand.
    static func gray(width: Int, height: Int, _ value: (Int, Int) -> UInt8) -> Raster {
        var pixels: [UInt8] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height { for x in 0..<width { pixels.append(value(x, y)) } }
        return Raster(width: width, height: height, channels: 1, pixels: pixels)
    }
}
