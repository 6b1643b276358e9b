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

    static let xmpHeader = Array("http://ns.adobe.com/xap/1.0/".utf8)
    static let iccHeader = Array("ICC_PROFILE\0".utf8)

    /// Walks the markers of `bytes` (which start with SOI). Malformed segments stop the walk; the decoder
    /// reports the damage.
    init<Bytes: RandomAccessCollection>(bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        JPEGSegments.walk(bytes) { segment in
            let payload = Array(bytes[segment.payload])[...]
            switch segment.marker {
            case 0xE1:
                if payload.starts(with: EXIFReader.exifHeader) {
                    hasEXIF = true
                    if exif == nil { exif = Array(payload.dropFirst(EXIFReader.exifHeader.count)) }
                    if orientation == nil {
                        orientation = EXIFReader.orientation(tiff: payload.dropFirst(EXIFReader.exifHeader.count))
                    }
                } else if payload.starts(with: Self.xmpHeader) {
                    hasXMP = true
                }
            case 0xE2:
                if payload.starts(with: Self.iccHeader) { hasICCProfile = true }
            case 0xFE:
                hasComment = true
            default:
                break
            }
        }
    }
}
