/// One chunk of a PNG.
package struct PNGChunk: Equatable {
    /// The four-letter chunk type, e.g. "IHDR", "eXIf".
    package var type: String
    /// The whole chunk: length, type, data and CRC.
    package var range: Range<Int>
    /// The chunk's data.
    package var data: Range<Int>
}

/// The one walk over a PNG's chunks, used to read metadata and strip it. Reads chunk headers only: no
/// CRC check and no decompression (the decoder does both).
package enum PNGChunks {
    /// How a walk ended.
    package enum End: Equatable {
        /// The IEND chunk was reached (and visited).
        case endChunk
        /// The data ends inside the chunk starting at this offset, or before IEND.
        case truncated(at: Int)
    }

    /// Calls `visit` with each chunk of `bytes` (which start with the 8-byte signature) up to and
    /// including IEND, in order.
    @discardableResult
    package static func walk<Bytes: RandomAccessCollection>(_ bytes: Bytes, visit: (PNGChunk) -> Void) -> End
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var offset = bytes.startIndex + 8
        while offset + 12 <= bytes.endIndex {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let end = offset + 12 + length
            guard end <= bytes.endIndex else { return .truncated(at: offset) }
            visit(PNGChunk(type: type, range: offset..<end, data: offset + 8..<end - 4))
            if type == "IEND" { return .endChunk }
            offset = end
        }
        return .truncated(at: offset)
    }
}
