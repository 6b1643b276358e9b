extension Raster {
    /// Resamples the raster to `newWidth` × `newHeight` with a separable Lanczos-3 filter (widened by the
    /// scale when shrinking, so that detail finer than the new pixel grid is removed rather than aliased).
    ///
    /// Filtering runs in the stored 8-bit values (no gamma linearisation), rows streamed through a small
    /// window, so extra memory is a few output rows. Results are rounded and clamped to 0-255.
    public func lanczosResized(width newWidth: Int, height newHeight: Int) -> Raster {
        let outWidth = max(1, newWidth), outHeight = max(1, newHeight)
        if outWidth == width && outHeight == height { return self }
        let columns = LanczosWeights(input: width, output: outWidth)
        let rows = LanczosWeights(input: height, output: outHeight)
        var resampler = LanczosRowResampler(source: self, columns: columns, outWidth: outWidth, window: rows.taps)
        let rowLength = outWidth * channels
        var output = [UInt8](repeating: 0, count: rowLength * outHeight)
        var accumulator = [Float](repeating: 0, count: rowLength)
        output.withUnsafeMutableBufferPointer { target in
            accumulator.withUnsafeMutableBufferPointer { sum in
                rows.weights.withUnsafeBufferPointer { weights in
                    for oy in 0..<outHeight {
                        for i in 0..<rowLength { sum[i] = 0 }
                        for k in 0..<rows.taps {
                            let weight = weights[oy * rows.taps + k]
                            if weight == 0 { continue }
                            resampler.withRow(rows.starts[oy] + k) { row in
                                for i in 0..<rowLength { sum[i] += weight * row[i] }
                            }
                        }
                        let out = target.baseAddress! + oy * rowLength
                        for i in 0..<rowLength { out[i] = UInt8(min(255, max(0, sum[i] + 0.5))) }
                    }
                }
            }
        }
        return Raster(width: outWidth, height: outHeight, channels: channels, pixels: output)
    }

    /// The raster shrunk so that its longer side is at most `maxSide` pixels, keeping the aspect ratio
    /// (sides rounded, at least 1). Never enlarges: a raster that already fits is returned unchanged.
    ///
    public func downscaled(toFit maxSide: Int) -> Raster {
        let longSide = max(width, height)
        guard maxSide > 0, longSide > maxSide else { return self }
        let size = Self.fittedSize(width: width, height: height, maxSide: maxSide)
        return downscaled(width: size.width, height: size.height)
    }

    /// The raster shrunk to `newWidth` × `newHeight` (each clamped to the current size: never enlarges).
    /// Reductions by more than 4× first average boxes down to twice the target, then Lanczos-3 finishes.
    public func downscaled(width newWidth: Int, height newHeight: Int) -> Raster {
        let outWidth = min(width, max(1, newWidth)), outHeight = min(height, max(1, newHeight))
        var source = self
        if width > 4 * outWidth || height > 4 * outHeight {
            source = areaResized(width: min(width, 2 * outWidth), height: min(height, 2 * outHeight))
        }
        return source.lanczosResized(width: outWidth, height: outHeight)
    }

    /// The size of a `width` × `height` image scaled so that its longer side is `maxSide` (never enlarged).
    public static func fittedSize(width: Int, height: Int, maxSide: Int) -> (width: Int, height: Int) {
        let longSide = max(width, height)
        guard maxSide > 0, longSide > maxSide else { return (width, height) }
        let scale = Double(maxSide) / Double(longSide)
        let w = width >= height ? maxSide : max(1, Int((Double(width) * scale).rounded()))
        let h = height > width ? maxSide : max(1, Int((Double(height) * scale).rounded()))
        return (w, h)
    }
}

/// Filters input rows horizontally on demand, keeping the last few in a ring so that each input row is
/// filtered once while the vertical pass slides down the image.
private struct LanczosRowResampler {
    let source: Raster
    let columns: LanczosWeights
    let rowLength: Int
    let capacity: Int
    var ring: [Float]
    var cachedRow: [Int]

    /// `window` is the number of consecutive input rows one output row reads (the vertical taps).
    init(source: Raster, columns: LanczosWeights, outWidth: Int, window: Int) {
        self.source = source
        self.columns = columns
        rowLength = outWidth * source.channels
        capacity = window
        ring = [Float](repeating: 0, count: capacity * rowLength)
        cachedRow = [Int](repeating: -1, count: capacity)
    }

    /// Calls `body` with input row `y` filtered horizontally (`rowLength` floats).
    mutating func withRow(_ y: Int, _ body: (UnsafePointer<Float>) -> Void) {
        let slot = y % capacity
        if cachedRow[slot] != y {
            filter(row: y, into: slot)
            cachedRow[slot] = y
        }
        ring.withUnsafeBufferPointer { body($0.baseAddress! + slot * rowLength) }
    }

    private mutating func filter(row y: Int, into slot: Int) {
        let c = source.channels, taps = columns.taps, inRowLength = source.width * c
        let outWidth = rowLength / c
        ring.withUnsafeMutableBufferPointer { ringBuffer in
            source.pixels.withUnsafeBufferPointer { pixels in
                columns.weights.withUnsafeBufferPointer { weights in
                    columns.starts.withUnsafeBufferPointer { starts in
                        let input = pixels.baseAddress! + y * inRowLength
                        let out = ringBuffer.baseAddress! + slot * rowLength
                        for ox in 0..<outWidth {
                            let w = weights.baseAddress! + ox * taps
                            let p = input + starts[ox] * c
                            if c == 3 {
                                var r: Float = 0, g: Float = 0, b: Float = 0
                                for k in 0..<taps {
                                    r += w[k] * Float(p[3 * k])
                                    g += w[k] * Float(p[3 * k + 1])
                                    b += w[k] * Float(p[3 * k + 2])
                                }
                                out[3 * ox] = r
                                out[3 * ox + 1] = g
                                out[3 * ox + 2] = b
                            } else {
                                for channel in 0..<c {
                                    var sum: Float = 0
                                    for k in 0..<taps { sum += w[k] * Float(p[k * c + channel]) }
                                    out[ox * c + channel] = sum
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
