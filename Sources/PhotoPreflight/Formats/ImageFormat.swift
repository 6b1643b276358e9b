/// An image file format recognised from a file's leading bytes.
///
/// Only ``jpeg`` and ``png`` are accepted by HeyGen; the others are recognised so that the rejection
/// can name what the file really is. ``heif``, ``webp`` and ``avif`` are also decoded: `check` analyses their
/// pixels and `fix` converts them to JPEG (``isConvertible``).
public enum ImageFormat: String, Sendable, Codable, CaseIterable {
    case jpeg
    case png
    case gif
    case webp
    case heif
    case avif
    case bmp
    case tiff
    case jpeg2000
    case jpegXL = "jpeg-xl"
    case ico
    case pdf
    case iccProfile = "icc-profile"
    /// Empty, or no recognisable signature.
    case unknown

    /// Whether HeyGen accepts photos in this format.
    public var isAccepted: Bool { self == .jpeg || self == .png }

    /// Whether photos in this format are decoded, checked and converted to JPEG by `fix` (HEIC/HEIF, WebP,
    /// AVIF), though HeyGen does not accept them as they are.
    public var isConvertible: Bool { self == .heif || self == .webp || self == .avif }

    /// Whether this tool decodes the format: accepted or convertible.
    public var isDecodable: Bool { isAccepted || isConvertible }

    /// A name for messages, e.g. "WebP".
    public var displayName: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .gif: "GIF"
        case .webp: "WebP"
        case .heif: "HEIC/HEIF"
        case .avif: "AVIF"
        case .bmp: "BMP"
        case .tiff: "TIFF"
        case .jpeg2000: "JPEG 2000"
        case .jpegXL: "JPEG XL"
        case .ico: "ICO"
        case .pdf: "PDF"
        case .iccProfile: "ICC colour profile"
        case .unknown: "unrecognised data"
        }
    }

    /// File name extensions (lower case, without the dot) that usually hold this format.
    public var usualExtensions: Set<String> {
        switch self {
        case .jpeg: ["jpg", "jpeg", "jpe", "jfif"]
        case .png: ["png"]
        case .gif: ["gif"]
        case .webp: ["webp"]
        case .heif: ["heic", "heif", "hif"]
        case .avif: ["avif"]
        case .bmp: ["bmp", "dib"]
        case .tiff: ["tif", "tiff"]
        case .jpeg2000: ["jp2", "jpf", "jpx", "j2k", "jpc"]
        case .jpegXL: ["jxl"]
        case .ico: ["ico"]
        case .pdf: ["pdf"]
        case .iccProfile: ["icc", "icm"]
        case .unknown: []
        }
    }

    /// Extensions that a folder scan treats as images (case-insensitive).
    public static let imageLikeExtensions: Set<String> = allCases.reduce(into: Set<String>()) {
        if $1 != .pdf && $1 != .iccProfile { $0.formUnion($1.usualExtensions) }
    }
}
