import PhotoPreflight
import Testing

/// The one PNG chunk walk: chunks in order up to IEND, and truncation that ends it.
struct PNGChunksTests {
    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A chunk with a dummy CRC (the walk does not check CRCs; the decoder does).
    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let length = UInt32(data.count)
        return [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: length >> $0) } + Array(type.utf8) + data + [0, 0, 0, 0]
    }

    private static func walk(_ bytes: [UInt8]) -> (chunks: [PNGChunk], end: PNGChunks.End) {
        var chunks: [PNGChunk] = []
        let end = PNGChunks.walk(bytes) { chunks.append($0) }
        return (chunks, end)
    }

    @Test func visitsEachChunkUpToAndIncludingIEND() {
        let header = Self.chunk("IHDR", Array(repeating: 1, count: 13)), text = Self.chunk("tEXt", Array("a\0b".utf8))
        let bytes = Self.signature + header + text + Self.chunk("IEND", []) + Self.chunk("tIME", [1, 2, 3])
        let (chunks, end) = Self.walk(bytes)
        #expect(chunks.map(\.type) == ["IHDR", "tEXt", "IEND"], "nothing after IEND is walked")
        #expect(chunks[1].range == 8 + header.count..<8 + header.count + text.count)
        #expect(Array(bytes[chunks[1].data]) == Array("a\0b".utf8))
        #expect(end == .endChunk)
    }

    @Test func aChunkRunningPastTheEndStopsTheWalk() {
        var bytes = Self.signature + Self.chunk("IHDR", Array(repeating: 1, count: 13))
        bytes += [0x00, 0x01, 0x00, 0x00] + Array("IDAT".utf8) + [1, 2, 3, 4, 5, 6, 7, 8]
        let (chunks, end) = Self.walk(bytes)
        #expect(chunks.map(\.type) == ["IHDR"])
        #expect(end == .truncated(at: 33))
        for length in 0..<bytes.count {
            let cut = Array(bytes.prefix(length))
            let (found, stop) = Self.walk(cut)
            #expect(found.allSatisfy { $0.range.upperBound <= cut.count })
            #expect(stop != .endChunk)
        }
    }
}
