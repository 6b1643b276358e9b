/// Metadata found by walking a PNG's chunk headers, without decompressing image data.
struct PNGMetadata: Sendable {
    /// EXIF orientation from an `eXIf` chunk, or from ImageMagick's hex "Raw profile type exif" `tEXt`.
    var orientation: Orientation?
    var hasICCProfile = false
    var hasEXIF = false
    var hasText = false
    /// The TIFF block of the first `eXIf` chunk, if any.
    var exif: [UInt8]?

    /// The chunks that hold text.
    static let textChunks: Set<String> = ["tEXt", "zTXt", "iTXt"]

    /// Walks the chunks of `bytes` (which start with the signature). A truncated chunk stops the walk; the
    /// decoder reports the damage.
    init<Bytes: RandomAccessCollection>(bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        PNGChunks.walk(bytes) { chunk in
            switch chunk.type {
            case "eXIf":
                hasEXIF = true
                let tiff = Array(bytes[chunk.data])
                if exif == nil { exif = tiff }
                orientation = orientation ?? EXIFReader.orientation(tiff: tiff[...])
            case "iCCP":
                hasICCProfile = true
            case let type where Self.textChunks.contains(type):
                hasText = true
                if type == "tEXt", orientation == nil {
                    orientation = Self.imageMagickEXIFOrientation(Array(bytes[chunk.data]))
                }
            default:
                break
            }
        }
    }

    /// ImageMagick stores EXIF in `tEXt` as "Raw profile type exif\0\nexif\n  <length>\n<hex>".
    private static func imageMagickEXIFOrientation(_ chunk: [UInt8]) -> Orientation? {
        let keyword = Array("Raw profile type exif\0".utf8)
        guard chunk.starts(with: keyword) else { return nil }
        let lines = String(decoding: chunk.dropFirst(keyword.count), as: UTF8.self).split(separator: "\n")
        let hex = lines.dropFirst(2).joined().filter { !$0.isWhitespace }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.count / 2)
        var iterator = hex.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let value = UInt8(String([high, low]), radix: 16) else { return nil }
            bytes.append(value)
        }
        let exifHeader = EXIFReader.exifHeader
        let tiff = bytes.starts(with: exifHeader) ? bytes.dropFirst(exifHeader.count) : bytes[...]
        return EXIFReader.orientation(tiff: tiff)
    }
}
