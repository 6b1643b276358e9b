/// Removes metadata from a JPEG or PNG without touching the compressed pixels (no generation loss).
///
/// Kept: everything needed to display the image the same way, i.e. JPEG JFIF/ICC/Adobe segments and
/// tables, PNG critical chunks, colour chunks (`iCCP`, `sRGB`, `gAMA`, `cHRM`), `tRNS`, `pHYs`.
/// Removed: EXIF (with GPS), XMP, IPTC/Photoshop, comments, MPF and anything after the JPEG's end-of-image
/// marker (phones' extra images), PNG text and time chunks. With `keepingEXIF`,
/// a JPEG keeps its EXIF segment with the orientation reset to 1; a PNG keeps `eXIf` when its orientation
/// is absent or already 1. The format-specific walks are ``JPEGStripper`` and ``PNGStripper``.
package enum MetadataStripper {
    /// The stripped file and the kinds of metadata removed (e.g. "EXIF", "GPS", "XMP", "comment").
    package struct Stripped {
        package var bytes: [UInt8]
        package var removed: [String]
    }

    /// The stripped copy of a JPEG or PNG; nil for other formats and for files whose structure is damaged.
    package static func strip(_ bytes: [UInt8], format: ImageFormat, keepingEXIF: Bool) -> Stripped? {
        switch format {
        case .jpeg: JPEGStripper.strip(bytes, keepingEXIF: keepingEXIF)
        case .png: PNGStripper.strip(bytes, keepingEXIF: keepingEXIF)
        default: nil
        }
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
