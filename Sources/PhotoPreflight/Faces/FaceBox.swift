/// An axis-aligned face box.
///
/// Units are the pixels of the image the box refers to: working pixels as returned by a detector, or
/// original upright pixels after ``scaled(by:)``. The box may extend past the image edges when a face is cut
/// by the frame.
public struct FaceBox: Sendable, Hashable, Codable {
    /// Left edge, in pixels from the left of the image (may be negative).
    public var x: Double
    /// Top edge, in pixels from the top of the image (may be negative).
    public var y: Double
    /// Width in pixels (> 0 for a real detection).
    public var width: Double
    /// Height in pixels (> 0 for a real detection).
    public var height: Double

    /// Creates a box from its top-left corner and size, all in pixels.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge (`x + width`), in pixels.
    public var maxX: Double { x + width }
    /// Bottom edge (`y + height`), in pixels.
    public var maxY: Double { y + height }
    /// Horizontal centre, in pixels.
    public var midX: Double { x + width / 2 }
    /// Vertical centre, in pixels.
    public var midY: Double { y + height / 2 }
    /// Area in square pixels.
    public var area: Double { width * height }

    /// The same box in another pixel grid: every coordinate multiplied by `factor`
    /// (for example `scaleToOriginal` to go from working to original pixels).
    public func scaled(by factor: Double) -> FaceBox {
        FaceBox(x: x * factor, y: y * factor, width: width * factor, height: height * factor)
    }

    /// The box grown by fractions of its own size on each side (0.15 = 15 % of the width or height).
    public func grown(left: Double, top: Double, right: Double, bottom: Double) -> FaceBox {
        FaceBox(
            x: x - width * left,
            y: y - height * top,
            width: width * (1 + left + right),
            height: height * (1 + top + bottom)
        )
    }

    /// The part of the box inside a `width`×`height` image, with whole-pixel edges (for measuring brightness or
    /// sharpness on the face region of the working buffer); `nil` if the box lies outside the image.
    public func clipped(toWidth width: Int, height: Int) -> FaceBox? {
        let left = max(0, x.rounded(.down))
        let top = max(0, y.rounded(.down))
        let right = min(Double(width), maxX.rounded(.up))
        let bottom = min(Double(height), maxY.rounded(.up))
        guard right > left, bottom > top else { return nil }
        return FaceBox(x: left, y: top, width: right - left, height: bottom - top)
    }
}
