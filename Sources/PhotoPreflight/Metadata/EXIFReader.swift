/// Reads the orientation tag from an EXIF (TIFF-structured) block, in either byte order (through
/// ``EXIFDirectory``, the one parser of IFD0).
package enum EXIFReader {
    /// The 6 bytes "Exif\0\0" that precede the TIFF block in a JPEG APP1 segment (and in ImageMagick's
    /// PNG text profiles).
    static let exifHeader = Array("Exif\0\0".utf8)

    /// The raw orientation value (any integer found, validity not checked) in a TIFF block, or nil.
    ///
    /// `tiff` starts at the TIFF header ("II*\0" or "MM\0*"). Offsets outside the block yield nil.
    package static func orientationValue(tiff: ArraySlice<UInt8>) -> Int? {
        EXIFDirectory(tiff: Array(tiff))?.integerValue(of: EXIFDirectory.orientationTag)
    }

    /// The orientation of a TIFF block, treating absent, 0 or out-of-range values as upright.
    package static func orientation(tiff: ArraySlice<UInt8>) -> Orientation? {
        guard let value = orientationValue(tiff: tiff) else { return nil }
        return Orientation(rawValue: value) ?? .up
    }
}
