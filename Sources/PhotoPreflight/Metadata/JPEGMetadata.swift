/// Metadata found by walking a JPEG's markers up to the first scan, without decoding.
struct JPEGMetadata: Sendable {
    /// EXIF orientation from the first APP1 "Exif" segment, if any.
    var orientation: Orientation?
    /// Whether an APP2 ICC profile is embedded.
    var hasICCProfile = false
    /// Whether APP1 EXIF or XMP segments, or COM comments, are present.
    var hasEXIF = false
    var hasXMP = false
    var hasComment = false
    /// The TIFF block of the first APP1 "Exif" segment (after the 6-byte "Exif\0\0" header), if any.
    var exif: [UInt8]?

    /// Walks the markers of `bytes` (which start with SOI). Malformed segments stop the walk; the decoder
    /// reports the damage.
    init(bytes: UnsafeRawBufferPointer) {
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return }
            var marker = bytes[offset + 1]
            while marker == 0xFF, offset + 2 < bytes.count {  // fill bytes
                offset += 1
                marker = bytes[offset + 1]
            }
            if marker == 0xDA || marker == 0xD9 { return }  // start of scan, end of image
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                offset += 2
                continue
            }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let start = offset + 4
            let end = offset + 2 + length
            guard length >= 2, end <= bytes.count else { return }
            let payload = Array(bytes[start..<end])[...]
            switch marker {
            case 0xE1:
                if payload.starts(with: Array("Exif\0\0".utf8)) {
                    hasEXIF = true
                    if exif == nil { exif = Array(payload.dropFirst(6)) }
                    if orientation == nil {
                        orientation = EXIFReader.orientation(tiff: payload.dropFirst(6))
                    }
                } else if payload.starts(with: Array("http://ns.adobe.com/xap/1.0/".utf8)) {
                    hasXMP = true
                }
            case 0xE2:
                if payload.starts(with: Array("ICC_PROFILE\0".utf8)) { hasICCProfile = true }
            case 0xFE:
                hasComment = true
            default:
                break
            }
            offset = end
        }
    }
}
