extension Raster {
    /// Resamples the raster to `newWidth` × `newHeight` with a separable Lanczos-3 filter (widened by the
    /// scale when shrinking, so that detail finer than the new pixel grid is removed rather than aliased).
    ///
    /// Filtering runs in the stored 8-bit values (no gamma linearisation), one output row at a time, so
    /// extra memory is one row of floats. Results are rounded and clamped to 0-255.
    public func lanczosResized(width newWidth: Int, height newHeight: Int) -> Raster {
        let outWidth = max(1, newWidth), outHeight = max(1, newHeight)
        if outWidth == width && outHeight == height { return self }
        let columns = LanczosWeights(input: width, output: outWidth)
        let rows = LanczosWeights(input: height, output: outHeight)
        let c = channels, inRowLength = width * channels, outRowLength = outWidth * channels
        var output = [UInt8](repeating: 0, count: outRowLength * outHeight)
        // Per output row: the vertical filter over whole input rows (contiguous, vectorisable) into one float
        // row, then the horizontal filter from that row straight into the output.
        var column = [Float](repeating: 0, count: inRowLength)
        pixels.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                column.withUnsafeMutableBufferPointer { column in
                    let column = column.baseAddress!
                    for oy in 0..<outHeight {
                        for i in 0..<inRowLength { column[i] = 0 }
                        for k in 0..<rows.taps {
                            let weight = rows.weights[oy * rows.taps + k]
                            if weight == 0 { continue }
                            let row = source.baseAddress! + (rows.starts[oy] + k) * inRowLength
                            for i in 0..<inRowLength { column[i] += weight * Float(row[i]) }
                        }
                        let out = target.baseAddress! + oy * outRowLength
                        Self.filterRow(column, into: out, channels: c, weights: columns)
                    }
                }
            }
        }
        return Raster(width: outWidth, height: outHeight, channels: channels, pixels: output)
    }

    /// Filters one row of floats horizontally into 8-bit samples, rounded and clamped to 0-255.
    private static func filterRow(
        _ input: UnsafePointer<Float>, into out: UnsafeMutablePointer<UInt8>, channels c: Int, weights: LanczosWeights
    ) {
        let taps = weights.taps
        func byte(_ value: Float) -> UInt8 { UInt8(truncatingIfNeeded: Int32(min(255, max(0, value + 0.5)))) }
        weights.weights.withUnsafeBufferPointer { allWeights in
            weights.starts.withUnsafeBufferPointer { starts in
                for ox in 0..<starts.count {
                    let w = allWeights.baseAddress! + ox * taps
                    let p = input + starts[ox] * c
                    if c == 3 {
                        var r: Float = 0, g: Float = 0, b: Float = 0
                        for k in 0..<taps {
                            r += w[k] * p[3 * k]
                            g += w[k] * p[3 * k + 1]
                            b += w[k] * p[3 * k + 2]
                        }
                        out[3 * ox] = byte(r)
                        out[3 * ox + 1] = byte(g)
                        out[3 * ox + 2] = byte(b)
                    } else {
                        for channel in 0..<c {
                            var sum: Float = 0
                            for k in 0..<taps { sum += w[k] * p[k * c + channel] }
                            out[ox * c + channel] = byte(sum)
                        }
                    }
                }
            }
        }
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
