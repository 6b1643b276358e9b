import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// EXIF orientation is read from JPEG APP1 in both byte orders and from PNG eXIf, and reported through the
/// header read.
struct EXIFOrientationTests {
    /// A minimal JPEG: SOI, an APP1 Exif segment with one orientation entry, then the rest of a real file.
    private func jpeg(orientation: UInt16, bigEndian: Bool) throws -> [UInt8] {
        func u16(_ v: UInt16) -> [UInt8] {
            bigEndian ? [UInt8(v >> 8), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8)]
        }
        func u32(_ v: UInt32) -> [UInt8] {
            u16(UInt16(bigEndian ? v >> 16 : v & 0xFFFF)) + u16(UInt16(bigEndian ? v & 0xFFFF : v >> 16))
        }
        var tiff: [UInt8] = bigEndian ? [0x4D, 0x4D] : [0x49, 0x49]
        tiff += u16(42) + u32(8) + u16(1) + u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0) + u32(0)
        let payload = Array("Exif\0\0".utf8) + tiff
        let length = UInt16(payload.count + 2)
        let app1: [UInt8] = [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
        let base = try RepositoryPaths.fixtureBytes("pass/portrait.jpg")
        return Array(base.prefix(2)) + app1 + Array(base.dropFirst(2))
    }

    private func header(_ bytes: [UInt8]) throws -> ImageHeader {
        try bytes.withUnsafeBytes { try ImageDecoder.readHeader($0) }
    }

    @Test(arguments: 1...8)
    func readsEveryOrientationInBothByteOrders(value: Int) throws {
        for bigEndian in [true, false] {
            let read = try header(try jpeg(orientation: UInt16(value), bigEndian: bigEndian))
            #expect(read.orientation?.rawValue == value)
            let swapped = value >= 5
            #expect(read.displayedSize.width == (swapped ? 800 : 600))
        }
    }

    @Test func treatsZeroAsUpright() throws {
        #expect(try header(try jpeg(orientation: 0, bigEndian: true)).orientation == .up)
    }

    @Test func readsPNGeXIfChunk() throws {
        let read = try header(try RepositoryPaths.fixtureBytes("pass/exif-orientation-6.png"))
        #expect(read.orientation == .right)
    }

    @Test func reportsNoOrientationWithoutEXIF() throws {
        #expect(try header(try RepositoryPaths.fixtureBytes("pass/portrait.jpg")).orientation == nil)
    }
}
