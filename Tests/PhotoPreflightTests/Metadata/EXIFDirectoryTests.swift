import Testing

@testable import PhotoPreflight

/// IFD0 is parsed in one place (`EXIFDirectory`); the orientation reader and the stripper both go through it.
@Suite struct EXIFDirectoryTests {
    /// A TIFF block with one IFD0 entry: `tag` of `type` with `value` in its value field.
    private func block(littleEndian: Bool, tag: UInt16, type: UInt16, value: UInt32) -> [UInt8] {
        func u16(_ v: UInt16) -> [UInt8] {
            littleEndian ? [UInt8(v & 0xFF), UInt8(v >> 8)] : [UInt8(v >> 8), UInt8(v & 0xFF)]
        }
        func u32(_ v: UInt32) -> [UInt8] {
            let bytes = [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
            return littleEndian ? bytes.reversed() : bytes
        }
        // A SHORT is left-justified in the 4-byte value field.
        let field = type == 3 ? u16(UInt16(value)) + [0, 0] : u32(value)
        return (littleEndian ? Array("II".utf8) : Array("MM".utf8)) + u16(42) + u32(8) + u16(1) + u16(tag) + u16(type)
            + u32(1) + field + u32(0)
    }

    @Test(arguments: [true, false])
    func readsAShortOrALongOrientationInEitherByteOrder(littleEndian: Bool) {
        let short = block(littleEndian: littleEndian, tag: 0x0112, type: 3, value: 6)
        let long = block(littleEndian: littleEndian, tag: 0x0112, type: 4, value: 8)
        #expect(EXIFReader.orientationValue(tiff: short[...]) == 6)
        #expect(EXIFReader.orientation(tiff: short[...]) == .right)
        #expect(EXIFReader.orientationValue(tiff: long[...]) == 8)
    }

    @Test func setsTheOrientationUprightInPlace() throws {
        let rotated = block(littleEndian: false, tag: 0x0112, type: 3, value: 6)
        let upright = try #require(EXIFDirectory(tiff: rotated)).withOrientationUp()
        #expect(EXIFReader.orientationValue(tiff: upright[...]) == 1)
        #expect(upright.count == rotated.count)
    }

    @Test func givesNothingForAnotherTypeAnotherTagOrATruncatedBlock() {
        #expect(
            EXIFReader.orientationValue(tiff: block(littleEndian: true, tag: 0x0112, type: 2, value: 6)[...]) == nil)
        #expect(
            EXIFReader.orientationValue(tiff: block(littleEndian: true, tag: 0x8825, type: 4, value: 6)[...]) == nil)
        let whole = block(littleEndian: true, tag: 0x0112, type: 3, value: 6)
        for length in 0..<(whole.count - 4) {
            #expect(EXIFReader.orientationValue(tiff: whole[..<length]) == nil, "first \(length) bytes")
        }
        #expect(EXIFReader.orientationValue(tiff: Array("XX*\0\0\0\0\u{8}".utf8)[...]) == nil)
    }
}
