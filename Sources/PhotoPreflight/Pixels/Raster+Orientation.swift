extension Raster {
    /// The raster transformed so that a photo stored with `orientation` displays upright.
    public func applying(_ orientation: Orientation) -> Raster {
        if orientation == .up { return self }
        let (outWidth, outHeight) = orientation.displayedSize(width: width, height: height)
        var output = [UInt8](repeating: 0, count: pixels.count)
        let w = width, h = height, c = channels
        pixels.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                for y in 0..<h {
                    for x in 0..<w {
                        // Where the stored pixel (x, y) lands in the upright image.
                        let (ox, oy): (Int, Int)
                        switch orientation {
                        case .up: (ox, oy) = (x, y)
                        case .upMirrored: (ox, oy) = (w - 1 - x, y)
                        case .down: (ox, oy) = (w - 1 - x, h - 1 - y)
                        case .downMirrored: (ox, oy) = (x, h - 1 - y)
                        case .leftMirrored: (ox, oy) = (y, x)
                        case .right: (ox, oy) = (h - 1 - y, x)
                        case .rightMirrored: (ox, oy) = (h - 1 - y, w - 1 - x)
                        case .left: (ox, oy) = (y, w - 1 - x)
                        }
                        let from = (y * w + x) * c
                        let to = (oy * outWidth + ox) * c
                        for k in 0..<c { target[to + k] = source[from + k] }
                    }
                }
            }
        }
        return Raster(width: outWidth, height: outHeight, channels: c, pixels: output)
    }
}
