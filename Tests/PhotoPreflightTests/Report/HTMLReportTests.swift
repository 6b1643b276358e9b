import Foundation
import PhotoPreflight
import Testing

@Suite struct HTMLReportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func card(_ fixture: String, path: String? = nil) -> ReportCard {
        ReportCard(checking: fixtures.appendingPathComponent(fixture), displayPath: path ?? fixture, with: Preflight())
    }

    @Test func clipMapFindsCrushedShadowsAndBlownHighlightsWhereTheyAre() {
        // Left half black, right half white, 48 × 24 px: 24 × 12 cells of 2 × 2 px.
        var pixels = [UInt8](repeating: 0, count: 48 * 24)
        for y in 0..<24 { for x in 24..<48 { pixels[y * 48 + x] = 255 } }
        let map = ClipMap(gray: Raster(width: 48, height: 24, channels: 1, pixels: pixels))
        #expect(map.columns == 24 && map.rows == 12)
        for row in 0..<map.rows {
            for column in 0..<map.columns {
                let index = row * map.columns + column
                #expect(map.shadows[index] == (column < 12 ? 1 : 0))
                #expect(map.highlights[index] == (column < 12 ? 0 : 1))
            }
        }
    }

    @Test func cardsCarryThumbnailHistogramAndTilesOfDecodedPhotos() throws {
        let card = Self.card("fail/too-dark.jpg")
        let thumbnail = try #require(card.thumbnail)
        #expect(thumbnail.starts(with: [0xFF, 0xD8, 0xFF]))
        let decoded = try ImageDecoder.decode(thumbnail)
        #expect(max(decoded.header.width, decoded.header.height) == Thumbnail.longSide)
        #expect(card.histogram.count == 64)
        #expect(abs(card.histogram.reduce(0, +) - 1) < 1e-6)
        #expect(card.sharpnessTiles.count == 64)
        let corrupt = Self.card("format/portrait.gif")
        #expect(corrupt.thumbnail == nil && corrupt.histogram.isEmpty && corrupt.clipping == nil)
    }

    @Test func pageSortsFailuresFirstAndEscapesPaths() {
        let cards = [
            Self.card("pass/portrait.jpg", path: "a/<script>alert(1)</script>.jpg"), Self.card("fail/low-contrast.jpg"),
            Self.card("fail/too-small.jpg"), Self.card("pass/grayscale.jpg"),
        ]
        let html = HTMLReport(configuration: PreflightConfiguration(), generator: "test").render(cards)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;.jpg"))
        let verdicts = html.components(separatedBy: "data-verdict=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(verdicts == ["fail", "warn", "pass", "pass"])
        let paths = html.components(separatedBy: "<span class=\"path\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(
            paths == [
                "fail/too-small.jpg", "fail/low-contrast.jpg", "a/&lt;script&gt;alert(1)&lt;/script&gt;.jpg",
                "pass/grayscale.jpg",
            ])
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
    }
}
