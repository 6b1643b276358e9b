/// The first image directory (IFD0) of an EXIF TIFF block: which tags it has, and where their values are.
struct EXIFDirectory {
    /// One 12-byte directory entry.
    struct Entry {
        var tag: UInt16
        var type: UInt16
        var count: UInt32
        /// Offset of the 4-byte value field inside the block.
        var valueField: Int
    }

    static let orientationTag: UInt16 = 0x0112
    static let gpsTag: UInt16 = 0x8825

    /// The TIFF block.
    let bytes: [UInt8]
    let littleEndian: Bool
    let entries: [Entry]

    /// Parses IFD0 of `tiff` (starting "II*\0" or "MM\0*"); nil when the block is malformed.
    init?(tiff: [UInt8]) {
        guard tiff.count >= 8 else { return nil }
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return nil
        }
        bytes = tiff
        var entries: [Entry] = []
        guard Self.u16(tiff, 2, littleEndian) == 42, let first = Self.u32(tiff, 4, littleEndian),
            let count = Self.u16(tiff, Int(first), littleEndian)
        else { return nil }
        for index in 0..<Int(count) {
            let at = Int(first) + 2 + index * 12
            guard let tag = Self.u16(tiff, at, littleEndian), let type = Self.u16(tiff, at + 2, littleEndian),
                let values = Self.u32(tiff, at + 4, littleEndian), at + 12 <= tiff.count
            else { break }
            entries.append(Entry(tag: tag, type: type, count: values, valueField: at + 8))
        }
        self.entries = entries
    }

    /// Whether IFD0 has `tag`.
    func contains(_ tag: UInt16) -> Bool { entries.contains { $0.tag == tag } }

    /// The value of the first `tag` entry when it is one SHORT, LONG or SLONG (an SLONG read as unsigned);
    /// nil when absent or of another type.
    func integerValue(of tag: UInt16) -> Int? {
        guard let entry = entries.first(where: { $0.tag == tag }) else { return nil }
        switch entry.type {
        case 3: return Self.u16(bytes, entry.valueField, littleEndian).map(Int.init)  // SHORT
        case 4, 9: return Self.u32(bytes, entry.valueField, littleEndian).map { Int($0) }  // LONG, SLONG
        default: return nil
        }
    }

    /// The block with its orientation set to 1 (upright), or unchanged when it has no orientation tag.
    func withOrientationUp() -> [UInt8] {
        var copy = bytes
        for entry in entries where entry.tag == Self.orientationTag {
            let field = entry.valueField
            switch entry.type {
            case 3:  // SHORT, left-justified in the value field
                copy[field] = littleEndian ? 1 : 0
                copy[field + 1] = littleEndian ? 0 : 1
            case 4, 9:  // LONG, SLONG
                for i in 0..<4 { copy[field + i] = 0 }
                copy[littleEndian ? field : field + 3] = 1
            default:
                break
            }
        }
        return copy
    }

    private static func u16(_ bytes: [UInt8], _ offset: Int, _ littleEndian: Bool) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        let a = UInt16(bytes[offset]), b = UInt16(bytes[offset + 1])
        return littleEndian ? a | b << 8 : a << 8 | b
    }

    private static func u32(_ bytes: [UInt8], _ offset: Int, _ littleEndian: Bool) -> UInt32? {
        guard let first = u16(bytes, offset, littleEndian), let second = u16(bytes, offset + 2, littleEndian) else {
            return nil
        }
        return littleEndian ? UInt32(second) << 16 | UInt32(first) : UInt32(first) << 16 | UInt32(second)
    }
}
