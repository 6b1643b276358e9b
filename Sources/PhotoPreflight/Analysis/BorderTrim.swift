/// Finds uniform dark bars along the edges (letterbox and pillarbox bars), so that exposure and
/// sharpness are measured on the picture rather than on black padding.
enum BorderTrim {
    /// A region of a gray raster.
    struct Region: Equatable {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
    }

    /// Rows or columns count as a bar while their mean luma stays below this and barely varies.
    static let barMeanLimit = 24.0
    static let barDeviationLimit = 6.0
    /// At most this fraction of each dimension is trimmed from each side.
    static let maximumFractionPerSide = 0.3

    /// The part of `gray` (one channel) inside any dark bars along its edges.
    static func pictureRegion(of gray: Raster) -> Region {
        precondition(gray.channels == 1)
        let maxRows = Int(Double(gray.height) * maximumFractionPerSide)
        let maxColumns = Int(Double(gray.width) * maximumFractionPerSide)
        let top = count(limit: maxRows) { isBar(gray, row: $0) }
        let bottom = count(limit: maxRows) { isBar(gray, row: gray.height - 1 - $0) }
        let left = count(limit: maxColumns) { isBar(gray, column: $0) }
        let right = count(limit: maxColumns) { isBar(gray, column: gray.width - 1 - $0) }
        return Region(x: left, y: top, width: gray.width - left - right, height: gray.height - top - bottom)
    }

    private static func count(limit: Int, while predicate: (Int) -> Bool) -> Int {
        var n = 0
        while n < limit && predicate(n) { n += 1 }
        return n
    }

    private static func isBar(_ gray: Raster, row: Int) -> Bool {
        let start = row * gray.width
        return isUniformDark(gray.pixels[start..<(start + gray.width)])
    }

    private static func isBar(_ gray: Raster, column: Int) -> Bool {
        isUniformDark(stride(from: column, to: gray.pixels.count, by: gray.width).lazy.map { gray.pixels[$0] })
    }

    private static func isUniformDark<S: Sequence>(_ values: S) -> Bool where S.Element == UInt8 {
        var sum = 0.0, sumSquares = 0.0, n = 0.0
        for value in values {
            let v = Double(value)
            sum += v
            sumSquares += v * v
            n += 1
        }
        guard n > 0 else { return false }
        let mean = sum / n
        let deviation = (max(0, sumSquares / n - mean * mean)).squareRoot()
        return mean < barMeanLimit && deviation < barDeviationLimit
    }
}

extension Raster {
    /// The pixels of `region` as a new raster.
    func cropped(x: Int, y: Int, width newWidth: Int, height newHeight: Int) -> Raster {
        if x == 0 && y == 0 && newWidth == width && newHeight == height { return self }
        var output: [UInt8] = []
        output.reserveCapacity(newWidth * newHeight * channels)
        for row in y..<(y + newHeight) {
            let start = (row * width + x) * channels
            output.append(contentsOf: pixels[start..<(start + newWidth * channels)])
        }
        return Raster(width: newWidth, height: newHeight, channels: channels, pixels: output)
    }
}
