/// Removes metadata from a JPEG or PNG without touching the compressed pixels (no generation loss).
///
/// Kept: everything needed to display the image the same way, i.e. JPEG JFIF/ICC/Adobe segments and
/// tables, PNG critical chunks, colour chunks (`iCCP`, `sRGB`, `gAMA`, `cHRM`), `tRNS`, `pHYs`.
/// Removed: EXIF (with GPS), XMP, IPTC/Photoshop, comments, MPF and anything after the JPEG's end-of-image
/// marker (phones' extra images), PNG text and time chunks. With `keepingEXIF`,
/// a JPEG keeps its EXIF segment with the orientation reset to 1; a PNG keeps `eXIf` when its orientation
/// is absent or already 1.
enum MetadataStripper {
    /// The stripped file and the kinds of metadata removed (e.g. "EXIF", "GPS", "XMP", "comment").
    struct Stripped {
        var bytes: [UInt8]
        var removed: [String]
    }

    static func strip(jpeg bytes: [UInt8], keepingEXIF: Bool) -> Stripped? {
        var output: [UInt8] = [0xFF, 0xD8]
        output.reserveCapacity(bytes.count)
        var removed = RemovedKinds()
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF {
                offset += 1
                continue
            }
            if marker == 0xDA {  // start of scan: entropy-coded data and scan markers up to EOI
                let end = endOfImage(bytes, from: offset)
                output.append(contentsOf: bytes[offset..<end])
                if end < bytes.count { removed.add("trailing data") }
                return Stripped(bytes: output, removed: removed.list)
            }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let end = offset + 2 + length
            guard length >= 2, end <= bytes.count else { return nil }
            let payload = Array(bytes[(offset + 4)..<end])
            switch marker {
            case 0xE1 where payload.starts(with: Array("Exif\0\0".utf8)):
                let tiff = Array(payload.dropFirst(6))
                if keepingEXIF, let directory = EXIFDirectory(tiff: tiff) {
                    output.append(contentsOf: bytes[offset..<(offset + 10)])
                    output.append(contentsOf: directory.withOrientationUp())
                } else {
                    removed.exif(tiff)
                }
            case 0xE1:
                removed.add("XMP")
            case 0xE2 where payload.starts(with: Array("MPF\0".utf8)):
                removed.add("MPF")
            case 0xED:
                removed.add("IPTC")
            case 0xFE:
                removed.add("comment")
            default:
                output.append(contentsOf: bytes[offset..<end])
            }
            offset = end
        }
        return nil
    }

    /// The offset just past the EOI marker that ends the image, or the file's end when there is none.
    /// Phones append more images (MPF depth and gain maps, vendor trailers) after it. Inside entropy-coded
    /// data 0xFF is always followed by 0x00 or a restart marker, so the first FF D9 is the EOI.
    private static func endOfImage(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0xFF && bytes[index + 1] == 0xD9 { return index + 2 }
            index += 1
        }
        return bytes.count
    }

    static func strip(png bytes: [UInt8], keepingEXIF: Bool) -> Stripped? {
        guard bytes.count >= 8 else { return nil }
        var output = Array(bytes[0..<8])
        output.reserveCapacity(bytes.count)
        var removed = RemovedKinds()
        var offset = 8
        while offset + 12 <= bytes.count {
            let length =
                Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8
                | Int(bytes[offset + 3])
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let end = offset + 12 + length
            guard end <= bytes.count else { return nil }
            switch type {
            case "eXIf":
                let tiff = Array(bytes[(offset + 8)..<(end - 4)])
                let orientation = EXIFReader.orientationValue(tiff: tiff[...])
                if keepingEXIF && (orientation == nil || orientation == 1) {
                    output.append(contentsOf: bytes[offset..<end])
                } else {
                    removed.exif(tiff)
                }
            case "tEXt", "zTXt", "iTXt":
                removed.add("text")
            case "tIME":
                removed.add("time")
            default:
                output.append(contentsOf: bytes[offset..<end])
            }
            offset = end
            if type == "IEND" { return Stripped(bytes: output, removed: removed.list) }
        }
        return nil
    }
}

/// The kinds of metadata removed, in first-seen order, without repeats.
struct RemovedKinds {
    private(set) var list: [String] = []

    mutating func add(_ kind: String) {
        if !list.contains(kind) { list.append(kind) }
    }

    /// Records an EXIF block, and GPS when it has a GPS directory.
    mutating func exif(_ tiff: [UInt8]) {
        add("EXIF")
        if EXIFDirectory(tiff: tiff)?.contains(EXIFDirectory.gpsTag) == true { add("GPS") }
    }
}
