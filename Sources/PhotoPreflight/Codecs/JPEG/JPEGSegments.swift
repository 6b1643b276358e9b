/// One marker segment of a JPEG, before its first scan.
package struct JPEGSegment: Equatable {
    /// The marker code, the byte after 0xFF (e.g. 0xE1 for APP1).
    package var marker: UInt8
    /// The whole segment: 0xFF, the marker and, unless it is a standalone marker, its length and payload.
    package var range: Range<Int>
    /// The payload after the two length bytes; empty for standalone markers (RSTn, TEM).
    package var payload: Range<Int>
}

/// The one walk over a JPEG's marker segments, used to read metadata, strip it and find the image data.
///
/// The walk starts after SOI, skips fill bytes (0xFF before a marker) and stops at the first start of
/// scan. It never reads past the bytes it is given: a segment whose length runs past the end, or a
/// length below 2, ends the walk.
package enum JPEGSegments {
    /// How a walk ended.
    package enum End: Equatable {
        /// A start-of-scan marker (SOS) starts at this offset: entropy-coded data follows.
        case startOfScan(at: Int)
        /// An end-of-image marker (EOI) before any scan, at this offset.
        case endOfImage(at: Int)
        /// Something other than a marker, or a segment length below 2, at this offset.
        case malformed(at: Int)
        /// The data ends inside the segment starting at this offset (or before a scan was found).
        case truncated(at: Int)
    }

    package static let startOfScan: UInt8 = 0xDA
    package static let endOfImage: UInt8 = 0xD9

    /// Calls `visit` with each segment of `bytes` (which start with SOI) up to the first scan, in order.
    @discardableResult
    package static func walk<Bytes: RandomAccessCollection>(_ bytes: Bytes, visit: (JPEGSegment) -> Void) -> End
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var offset = bytes.startIndex + 2
        while offset + 4 <= bytes.endIndex {
            guard bytes[offset] == 0xFF else { return .malformed(at: offset) }
            let marker = bytes[offset + 1]
            switch marker {
            case 0xFF:  // a fill byte
                offset += 1
                continue
            case startOfScan:
                return .startOfScan(at: offset)
            case endOfImage:
                return .endOfImage(at: offset)
            case 0xD0...0xD7, 0x01:  // RSTn and TEM carry no length
                visit(JPEGSegment(marker: marker, range: offset..<offset + 2, payload: offset + 2..<offset + 2))
                offset += 2
                continue
            default:
                break
            }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let end = offset + 2 + length
            guard length >= 2 else { return .malformed(at: offset) }
            guard end <= bytes.endIndex else { return .truncated(at: offset) }
            visit(JPEGSegment(marker: marker, range: offset..<end, payload: offset + 4..<end))
            offset = end
        }
        return .truncated(at: offset)
    }

    /// The offset just past the EOI marker that ends the image whose scan starts at `scan`, or the end of
    /// `bytes` when there is none. Phones append more images (MPF depth and gain maps, vendor trailers)
    /// after it. Inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so the first
    /// FF D9 is the EOI.
    package static func imageEnd<Bytes: RandomAccessCollection>(_ bytes: Bytes, scan: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = scan
        while index + 1 < bytes.endIndex {
            if bytes[index] == 0xFF && bytes[index + 1] == endOfImage { return index + 2 }
            index += 1
        }
        return bytes.endIndex
    }
}
