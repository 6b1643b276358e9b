/// Metadata found by walking a PNG's chunk headers, without decompressing image data.
struct PNGMetadata: Sendable {
    /// EXIF orientation from an `eXIf` chunk, or from ImageMagick's hex "Raw profile type exif" `tEXt`.
    var orientation: Orientation?
    var hasICCProfile = false
    var hasEXIF = false
    var hasText = false
    /// The TIFF block of the first `eXIf` chunk, if any.
    var exif: [UInt8]?

    init(bytes: UnsafeRawBufferPointer) {
        var offset = 8
        while offset + 12 <= bytes.count {
            let length =
                Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8
                | Int(bytes[offset + 3])
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let start = offset + 8
            guard length >= 0, start + length + 4 <= bytes.count else { return }
            switch type {
            case "eXIf":
                hasEXIF = true
                if exif == nil { exif = Array(bytes[start..<(start + length)]) }
                orientation = orientation ?? EXIFReader.orientation(tiff: Array(bytes[start..<(start + length)])[...])
            case "iCCP":
                hasICCProfile = true
            case "tEXt", "zTXt", "iTXt":
                hasText = true
                if type == "tEXt", orientation == nil {
                    orientation = Self.imageMagickEXIFOrientation(Array(bytes[start..<(start + length)]))
                }
            case "IEND":
                return
            default:
                break
            }
            offset = start + length + 4
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
        let exifHeader = Array("Exif\0\0".utf8)
        let tiff = bytes.starts(with: exifHeader) ? bytes.dropFirst(exifHeader.count) : bytes[...]
        return EXIFReader.orientation(tiff: tiff)
    }
}
