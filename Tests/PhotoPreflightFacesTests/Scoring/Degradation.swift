import PhotoPreflight

/// Ways to make a portrait worse for an avatar, applied to an upright gray raster: what `rank` must order
/// below the original.
enum Degradation: String, CaseIterable, Sendable {
    /// A box blur applied twice (about a Gaussian), radius 1/150 of the short side.
    case blur
    /// Pixel values × 4 (+2 EV), clipped at 255.
    case overExposure = "over-exposure"
    /// Pixel values × 0.25 (−2 EV).
    case underExposure = "under-exposure"
    /// The whole photo shrunk to half its size, so the face has half the pixels.
    case shrink
    /// A crop of 60 % of the width that puts the face near one side (`faceCentreX` in pixels).
    case offCentreCrop = "off-centre-crop"

    /// The degraded copy of `raster` (one channel); `faceCentreX` is the original's main face centre.
    func apply(to raster: Raster, faceCentreX: Double?) -> Raster {
        switch self {
        case .blur:
            let radius = max(2, raster.shortSide / 150)
            return raster.boxBlurred(radius: radius).boxBlurred(radius: radius)
        case .overExposure: return raster.mapped { min(255, Double($0) * 4) }
        case .underExposure: return raster.mapped { Double($0) * 0.25 }
        case .shrink: return raster.areaResized(width: raster.width / 2, height: raster.height / 2)
        case .offCentreCrop:
            let width = raster.width * 6 / 10
            let centre = faceCentreX ?? Double(raster.width) / 2
            // Of the two windows that put the face a fifth from one side, the one leaving it furthest out.
            let starts = [centre - 0.2 * Double(width), centre - 0.8 * Double(width)].map {
                Int(min(max(0, $0), Double(raster.width - width)))
            }
            let offsets = starts.map { abs(centre - Double($0) - Double(width) / 2) }
            return raster.cropped(x: offsets[0] >= offsets[1] ? starts[0] : starts[1], width: width)
        }
    }
}

extension Raster {
    /// Each value replaced by `transform(value)`, rounded and clamped to 0–255.
    fileprivate func mapped(_ transform: (UInt8) -> Double) -> Raster {
        Raster(
            width: width, height: height, channels: channels,
            pixels: pixels.map { UInt8(max(0, min(255, transform($0).rounded()))) })
    }

    /// The columns `x ..< x + width`, every row.
    fileprivate func cropped(x: Int, width newWidth: Int) -> Raster {
        let rows = (0..<height).flatMap { row in pixels[(row * width + x)..<(row * width + x + newWidth)] }
        return Raster(width: newWidth, height: height, channels: channels, pixels: rows)
    }

    /// A separable box blur of a one-channel raster with running sums, edges clamped.
    fileprivate func boxBlurred(radius: Int) -> Raster {
        let horizontal = Self.blurLines(pixels, count: height, length: width, stride: 1, step: width, radius: radius)
        let both = Self.blurLines(horizontal, count: width, length: height, stride: width, step: 1, radius: radius)
        return Raster(width: width, height: height, channels: 1, pixels: both)
    }

    /// Blurs `count` lines of `length` values; value `i` of line `l` is at `l * step + i * stride`.
    private static func blurLines(
        _ values: [UInt8], count: Int, length: Int, stride: Int, step: Int, radius: Int
    ) -> [UInt8] {
        var out = values
        let window = 2 * radius + 1
        for line in 0..<count {
            let base = line * step
            func value(_ index: Int) -> Int { Int(values[base + min(length - 1, max(0, index)) * stride]) }
            var sum = (-radius...radius).reduce(0) { $0 + value($1) }
            for index in 0..<length {
                out[base + index * stride] = UInt8(sum / window)
                sum += value(index + radius + 1) - value(index - radius)
            }
        }
        return out
    }
}
