/// A rectangle of whole pixels in the original upright photo (after the EXIF orientation is applied).
public struct CropBox: Sendable, Codable, Equatable {
    /// Left edge, pixels from the left of the upright photo (≥ 0).
    public var x: Int
    /// Top edge, pixels from the top of the upright photo (≥ 0).
    public var y: Int
    /// Width in pixels (> 0).
    public var width: Int
    /// Height in pixels (> 0).
    public var height: Int

    /// Creates a box from its top-left corner and size, in upright pixels.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge (`x + width`), in pixels.
    public var maxX: Int { x + width }
    /// Bottom edge (`y + height`), in pixels.
    public var maxY: Int { y + height }

    /// Whether every pixel of `box` (a face box, possibly reaching past the photo's edges) that lies inside
    /// a `imageWidth`×`imageHeight` photo also lies inside this crop.
    public func keeps(_ box: FaceBox, imageWidth: Double, imageHeight: Double) -> Bool {
        let left = max(0, box.x), top = max(0, box.y)
        let right = min(imageWidth, box.maxX), bottom = min(imageHeight, box.maxY)
        guard right > left, bottom > top else { return true }
        return Double(x) <= left && Double(maxX) >= right && Double(y) <= top && Double(maxY) >= bottom
    }

    /// Whether the crop and `box` share no pixel.
    public func misses(_ box: FaceBox) -> Bool {
        box.maxX <= Double(x) || box.x >= Double(maxX) || box.maxY <= Double(y) || box.y >= Double(maxY)
    }
}

/// What `fix --frame` decided for one photo: the crop (nil when the photo is not cropped) and why.
public struct Framing: Sendable, Codable, Equatable {
    /// The crop in original upright pixels; `nil` when the photo keeps its whole frame.
    public var crop: CropBox?
    /// For people: the crop and how the face sits in it, or why there is no crop (no face, already framed,
    /// too close to an edge, another face in the way).
    public var detail: String

    /// Creates a decision.
    public init(crop: CropBox?, detail: String) {
        self.crop = crop
        self.detail = detail
    }
}
