/// The EXIF orientation of a photo: how the stored pixels must be transformed to display upright.
///
/// Raw values follow EXIF tag 0x0112: 1 is upright; 2-4 mirror or rotate by 180°; 5-8 transpose the
/// image, so width and height swap when displayed.
public enum Orientation: Int, Sendable, Codable, CaseIterable {
    case up = 1
    case upMirrored = 2
    case down = 3
    case downMirrored = 4
    case leftMirrored = 5
    case right = 6
    case rightMirrored = 7
    case left = 8

    /// Whether displaying the photo upright swaps its width and height (orientations 5-8).
    public var swapsDimensions: Bool { rawValue >= 5 }

    /// The displayed size of a stored `width` × `height` image.
    public func displayedSize(width: Int, height: Int) -> (width: Int, height: Int) {
        swapsDimensions ? (height, width) : (width, height)
    }

    /// A short description, e.g. "rotate 90° clockwise".
    public var transformDescription: String {
        switch self {
        case .up: "none"
        case .upMirrored: "mirror horizontally"
        case .down: "rotate 180°"
        case .downMirrored: "mirror vertically"
        case .leftMirrored: "transpose"
        case .right: "rotate 90° clockwise"
        case .rightMirrored: "transverse"
        case .left: "rotate 90° counter-clockwise"
        }
    }
}
