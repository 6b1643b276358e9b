extension Raster {
    /// Shrinks the raster to `newWidth` × `newHeight` by area averaging (each output pixel is the mean of
    /// the input area it covers, with fractional edges). Sizes larger than the input are clamped to it.
    public func areaResized(width newWidth: Int, height newHeight: Int) -> Raster {
        let outWidth = max(1, min(newWidth, width)), outHeight = max(1, min(newHeight, height))
        if outWidth == width && outHeight == height { return self }
        let columns = AreaWeights(input: width, output: outWidth)
        let rows = AreaWeights(input: height, output: outHeight)
        let c = channels
        // Horizontal pass into floats, then vertical pass into bytes.
        var horizontal = [Float](repeating: 0, count: outWidth * height * c)
        pixels.withUnsafeBufferPointer { source in
            horizontal.withUnsafeMutableBufferPointer { target in
                columns.withTaps { starts, indices, weights in
                    if c == 1 {
                        // One channel (the check's gray image): the same sums without the channel loop. An output's
                        // taps are consecutive input pixels, so they are read from its first one on.
                        guard let input = source.baseAddress, let output = target.baseAddress else { return }
                        for y in 0..<height {
                            let rowIn = input + y * width, rowOut = output + y * outWidth
                            for ox in 0..<outWidth {
                                let first = starts[ox], end = starts[ox + 1]
                                guard first < end else { continue }
                                let pixels = rowIn + indices[first]
                                var sum: Float = 0
                                for tap in first..<end { sum += Float(pixels[tap &- first]) * weights[tap] }
                                rowOut[ox] = sum
                            }
                        }
                    } else {
                        for y in 0..<height {
                            let rowIn = y * width * c, rowOut = y * outWidth * c
                            for ox in 0..<outWidth {
                                for tap in starts[ox]..<starts[ox + 1] {
                                    let from = rowIn + indices[tap] * c, weight = weights[tap]
                                    for k in 0..<c { target[rowOut + ox * c + k] += Float(source[from + k]) * weight }
                                }
                            }
                        }
                    }
                }
            }
        }
        var output = [UInt8](repeating: 0, count: outWidth * outHeight * c)
        let rowLength = outWidth * c
        var accumulatorRow = [Float](repeating: 0, count: rowLength)
        horizontal.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                accumulatorRow.withUnsafeMutableBufferPointer { accumulator in
                    rows.withTaps { starts, indices, weights in
                        guard let input = source.baseAddress, let sums = accumulator.baseAddress,
                            let output = target.baseAddress
                        else { return }
                        for oy in 0..<outHeight {
                            sums.update(repeating: 0, count: rowLength)
                            for tap in starts[oy]..<starts[oy + 1] {
                                // Whole rows at a time, element by element: the compiler vectorises it.
                                let row = input + indices[tap] * rowLength, weight = weights[tap]
                                for i in 0..<rowLength { sums[i] += row[i] * weight }
                            }
                            let outputRow = output + oy * rowLength
                            for i in 0..<rowLength { outputRow[i] = UInt8(min(255, max(0, sums[i] + 0.5))) }
                        }
                    }
                }
            }
        }
        return Raster(width: outWidth, height: outHeight, channels: c, pixels: output)
    }

    /// Shrinks the raster so that its shorter side is `shortSide` pixels (never enlarges).
    public func areaResized(shortSide: Int) -> Raster {
        guard self.shortSide > shortSide, shortSide > 0 else { return self }
        let scale = Double(shortSide) / Double(self.shortSide)
        let newWidth = width <= height ? shortSide : Int((Double(width) * scale).rounded())
        let newHeight = height < width ? shortSide : Int((Double(height) * scale).rounded())
        return areaResized(width: newWidth, height: newHeight)
    }
}

/// For each output index, the input indices it covers and their normalised weights, in flat arrays: output `o`'s
/// taps are `starts[o]..<starts[o + 1]`, and their indices are consecutive (an output covers one run of inputs).
private struct AreaWeights {
    var starts: [Int] = [0]
    var indices: [Int] = []
    var weights: [Float] = []

    init(input: Int, output: Int) {
        let scale = Double(input) / Double(output)
        for o in 0..<output {
            let start = Double(o) * scale, end = Double(o + 1) * scale
            var i = Int(start)
            while Double(i) < end && i < input {
                let overlap = min(end, Double(i + 1)) - max(start, Double(i))
                if overlap > 1e-9 {
                    indices.append(i)
                    weights.append(Float(overlap / scale))
                }
                i += 1
            }
            starts.append(indices.count)
        }
    }

    /// Runs `body` over unsafe views of the three arrays (no bounds checks in the hot loop).
    func withTaps<Result>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Float>) -> Result
    ) -> Result {
        starts.withUnsafeBufferPointer { starts in
            indices.withUnsafeBufferPointer { indices in
                weights.withUnsafeBufferPointer { body(starts, indices, $0) }
            }
        }
    }
}
