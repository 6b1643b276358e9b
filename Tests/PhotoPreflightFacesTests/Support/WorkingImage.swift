import PhotoPreflight

/// An upright 8-bit grayscale working buffer, as the core decoder will hand it to the face check.
struct WorkingImage: Sendable {
    let width: Int
    let height: Int
    /// Row-major luma, `stride == width`.
    let pixels: [UInt8]
    /// Original upright pixels per working pixel.
    let scaleToOriginal: Double

    /// The rectangle `x..<x+width`, `y..<y+height` of this image (clamped to it), same scale.
    func cropped(x: Int, y: Int, width cropWidth: Int, height cropHeight: Int) -> WorkingImage {
        let left = max(0, min(x, width - 1))
        let top = max(0, min(y, height - 1))
        let newWidth = max(1, min(cropWidth, width - left))
        let newHeight = max(1, min(cropHeight, height - top))
        var result = [UInt8]()
        result.reserveCapacity(newWidth * newHeight)
        for row in top..<(top + newHeight) {
            let start = row * width + left
            result.append(contentsOf: pixels[start..<(start + newWidth)])
        }
        return WorkingImage(width: newWidth, height: newHeight, pixels: result, scaleToOriginal: scaleToOriginal)
    }

    /// This image turned 90° clockwise, as a phone stores a portrait shot held sideways.
    func rotatedClockwise() -> WorkingImage {
        var result = [UInt8](repeating: 0, count: pixels.count)
        for row in 0..<height {
            for column in 0..<width {
                result[column * height + (height - 1 - row)] = pixels[row * width + column]
            }
        }
        return WorkingImage(width: height, height: width, pixels: result, scaleToOriginal: scaleToOriginal)
    }
}
