/// Reads the orientation tag from an EXIF (TIFF-structured) block, in either byte order.
enum EXIFReader {
    private static let orientationTag: UInt16 = 0x0112

    /// The 6 bytes "Exif\0\0" that precede the TIFF block in a JPEG APP1 segment (and in ImageMagick's
    /// PNG text profiles).
    static let exifHeader = Array("Exif\0\0".utf8)

    /// The raw orientation value (any integer found, validity not checked) in a TIFF block, or nil.
    ///
    /// `tiff` starts at the TIFF header ("II*\0" or "MM\0*"). Offsets outside the block yield nil.
    static func orientationValue(tiff: ArraySlice<UInt8>) -> Int? {
        let bytes = Array(tiff)
        guard bytes.count >= 8 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return nil
        }
        func u16(_ offset: Int) -> UInt16? {
            guard offset >= 0, offset + 2 <= bytes.count else { return nil }
            let a = UInt16(bytes[offset]), b = UInt16(bytes[offset + 1])
            return littleEndian ? a | b << 8 : a << 8 | b
        }
        func u32(_ offset: Int) -> UInt32? {
            guard let low = u16(littleEndian ? offset : offset + 2), let high = u16(littleEndian ? offset + 2 : offset)
            else { return nil }
            return UInt32(high) << 16 | UInt32(low)
        }
        guard u16(2) == 42, let ifdOffset = u32(4), let count = u16(Int(ifdOffset)) else { return nil }
        for index in 0..<Int(count) {
            let entry = Int(ifdOffset) + 2 + index * 12
            guard let tag = u16(entry), let type = u16(entry + 2) else { return nil }
            guard tag == orientationTag else { continue }
            switch type {
            case 3: return u16(entry + 8).map(Int.init)  // SHORT
            case 4, 9: return u32(entry + 8).map { Int($0) }  // LONG, SLONG
            default: return nil
            }
        }
        return nil
    }

    /// The orientation of a TIFF block, treating absent, 0 or out-of-range values as upright.
    static func orientation(tiff: ArraySlice<UInt8>) -> Orientation? {
        guard let value = orientationValue(tiff: tiff) else { return nil }
        return Orientation(rawValue: value) ?? .up
    }
}
