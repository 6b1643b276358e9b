import PhotoPreflight
import Testing

/// The one JPEG marker walk: segments in order, fill bytes, the stop at SOS, and damage that ends it.
struct JPEGSegmentsTests {
    /// A marker segment with a length field.
    private static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
    }

    private static let soi: [UInt8] = [0xFF, 0xD8]
    private static let sos = segment(0xDA, [1, 1, 0, 0, 0x3F, 0])

    private static func walk(_ bytes: [UInt8]) -> (segments: [JPEGSegment], end: JPEGSegments.End) {
        var segments: [JPEGSegment] = []
        let end = JPEGSegments.walk(bytes) { segments.append($0) }
        return (segments, end)
    }

    @Test func visitsEachSegmentInOrderAndStopsAtTheFirstScan() {
        let app0 = Self.segment(0xE0, Array("JFIF\0".utf8)), comment = Self.segment(0xFE, Array("hi".utf8))
        let bytes = Self.soi + app0 + comment + Self.sos + [0x12, 0xFF, 0x00, 0x34] + Self.segment(0xE1, [1, 2])
        let (segments, end) = Self.walk(bytes)
        #expect(segments.map(\.marker) == [0xE0, 0xFE], "nothing after SOS is a segment")
        #expect(segments[0].range == 2..<2 + app0.count)
        #expect(Array(bytes[segments[0].payload]) == Array("JFIF\0".utf8))
        #expect(Array(bytes[segments[1].payload]) == Array("hi".utf8))
        #expect(end == .startOfScan(at: 2 + app0.count + comment.count))
    }

    @Test func findsSegmentsAfterFillBytesAsBefore() {
        // 0xFF fill bytes may pad the space before any marker.
        let exif = Self.segment(0xE1, Array("Exif\0\0".utf8))
        let bytes = Self.soi + [0xFF, 0xFF, 0xFF] + exif + [0xFF] + Self.sos
        let (segments, end) = Self.walk(bytes)
        #expect(segments.map(\.marker) == [0xE1])
        #expect(segments[0].range == 5..<5 + exif.count)
        #expect(end == .startOfScan(at: 5 + exif.count + 1))
    }

    @Test func standaloneMarkersHaveNoLength() {
        let bytes = Self.soi + [0xFF, 0xD0, 0xFF, 0x01] + Self.segment(0xFE, [7]) + Self.sos
        let (segments, end) = Self.walk(bytes)
        #expect(segments.map(\.marker) == [0xD0, 0x01, 0xFE])
        #expect(segments[0].range == 2..<4 && segments[0].payload.isEmpty)
        #expect(end == .startOfScan(at: 11))
    }

    @Test func endOfImageBeforeAScanEndsTheWalk() {
        let bytes = Self.soi + Self.segment(0xFE, [7]) + [0xFF, 0xD9, 0, 0]
        #expect(Self.walk(bytes).end == .endOfImage(at: 7))
    }

    @Test func junkBetweenSegmentsEndsTheWalkAsMalformed() {
        let bytes = Self.soi + Self.segment(0xFE, [7]) + [0x00, 0x00] + Self.segment(0xE1, [1]) + Self.sos
        let (segments, end) = Self.walk(bytes)
        #expect(segments.map(\.marker) == [0xFE])
        #expect(end == .malformed(at: 7))
        #expect(Self.walk(Self.soi + [0xFF, 0xE1, 0x00, 0x01] + Self.sos).end == .malformed(at: 2), "length < 2")
    }

    @Test func truncatedSegmentLengthsStopWithoutReadingPastTheEnd() {
        // The APP1 segment claims 4,096 bytes; the file ends long before.
        let bytes = Self.soi + Self.segment(0xFE, [7]) + [0xFF, 0xE1, 0x10, 0x00, 1, 2, 3]
        let (segments, end) = Self.walk(bytes)
        #expect(segments.map(\.marker) == [0xFE])
        #expect(end == .truncated(at: 7))
        // Every prefix of a real file ends cleanly, before or at its scan.
        let full = Self.soi + Self.segment(0xE0, Array("JFIF\0".utf8)) + [0xFF, 0xFF] + Self.sos + [1, 2, 0xFF, 0xD9]
        for length in 0...full.count {
            let cut = Array(full.prefix(length))
            let (found, stop) = Self.walk(cut)
            #expect(found.allSatisfy { $0.range.upperBound <= cut.count })
            if case .startOfScan = stop { #expect(length >= 2 + 9 + 2 + 4) }
        }
    }

    @Test func fillBytesRunningToTheEndDoNotCrash() {
        #expect(Self.walk(Self.soi + [0xFF, 0xFF, 0xFF, 0xE1]).end == .truncated(at: 3))
        #expect(Self.walk(Self.soi + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF]).end == .truncated(at: 4))
    }

    @Test func imageEndIsJustPastTheFirstEndOfImageMarker() {
        let bytes = Self.soi + Self.sos + [1, 0xFF, 0x00, 2, 0xFF, 0xD9] + [0xFF, 0xD8, 0xFF, 0xD9]
        #expect(JPEGSegments.imageEnd(bytes, scan: 2) == 2 + Self.sos.count + 6)
        #expect(JPEGSegments.imageEnd(Self.soi + Self.sos + [1, 2], scan: 2) == 2 + Self.sos.count + 2)
    }
}
