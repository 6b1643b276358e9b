/// What a file's leading bytes say it is.
public struct SniffedFormat: Sendable, Equatable {
    /// The recognised format.
    public var format: ImageFormat
    /// True for a PNG whose 8-byte signature is damaged (e.g. by a text-mode transfer) but whose IHDR
    /// chunk is where it should be: a PNG, but a corrupt one.
    public var damagedSignature: Bool

    public init(format: ImageFormat, damagedSignature: Bool = false) {
        self.format = format
        self.damagedSignature = damagedSignature
    }
}

/// Recognises image formats from content, never from the file name.
public enum FormatSniffer {
    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Identifies the format of `bytes` from its first few bytes.
    public static func sniff<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> SniffedFormat
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let head = Array(bytes.prefix(32))
        func matches(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + signature.count && Array(head[offset..<offset + signature.count]) == signature
        }
        func ascii(_ text: String, at offset: Int = 0) -> Bool { matches(Array(text.utf8), at: offset) }

        if matches([0xFF, 0xD8, 0xFF]) { return SniffedFormat(format: .jpeg, damagedSignature: false) }
        if matches(pngSignature) { return SniffedFormat(format: .png, damagedSignature: false) }
        if looksLikeDamagedPNG(head) { return SniffedFormat(format: .png, damagedSignature: true) }
        let format: ImageFormat
        if ascii("GIF87a") || ascii("GIF89a") {
            format = .gif
        } else if ascii("RIFF") && ascii("WEBP", at: 8) {
            format = .webp
        } else if ascii("ftyp", at: 4) {
            format = isobmffBrand(head)
        } else if ascii("BM") && head.count >= 26 {
            format = .bmp
        } else if matches([0x49, 0x49, 0x2A, 0x00]) || matches([0x4D, 0x4D, 0x00, 0x2A]) {
            format = .tiff
        } else if matches([0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20]) || matches([0xFF, 0x4F, 0xFF, 0x51]) {
            format = .jpeg2000
        } else if matches([0xFF, 0x0A]) || matches([0, 0, 0, 0x0C, 0x4A, 0x58, 0x4C, 0x20]) {
            format = .jpegXL
        } else if matches([0, 0, 1, 0]) && head.count >= 6 {
            format = .ico
        } else if ascii("%PDF") {
            format = .pdf
        } else if isICC(bytes) {
            format = .iccProfile
        } else {
            format = .unknown
        }
        return SniffedFormat(format: format, damagedSignature: false)
    }

    /// ISO base media files (HEIF, AVIF) name their brand after `ftyp`.
    private static func isobmffBrand(_ head: [UInt8]) -> ImageFormat {
        guard head.count >= 12 else { return .unknown }
        let brand = String(decoding: head[8..<12], as: UTF8.self)
        switch brand {
        case "avif", "avis": return .avif
        case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1": return .heif
        default: return .unknown
        }
    }

    private static func isICC<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard bytes.count >= 40 else { return false }
        let start = bytes.startIndex
        return Array(bytes[(start + 36)..<(start + 40)]) == Array("acsp".utf8)
    }

    /// A PNG signature with a few bytes changed, followed by an IHDR chunk type.
    private static func looksLikeDamagedPNG(_ head: [UInt8]) -> Bool {
        guard head.count >= 16 else { return false }
        let same = zip(head.prefix(8), pngSignature).filter { $0 == $1 }.count
        let ihdr = Array("IHDR".utf8)
        let hasIHDR = (8...12).contains { offset in head.count >= offset + 4 && Array(head[offset..<offset + 4]) == ihdr
        }
        return same >= 5 && hasIHDR
    }
}
