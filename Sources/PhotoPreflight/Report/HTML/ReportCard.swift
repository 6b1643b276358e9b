import Foundation

/// What the HTML report shows for one photo: its report, a small JPEG thumbnail and the measurement maps.
/// About 10 KB each, so a report of thousands of photos stays in memory comfortably.
public struct ReportCard: Sendable {
    /// The check result.
    public var report: PhotoReport
    /// An upright JPEG thumbnail (long side ≤ `Thumbnail.longSide` px), when the photo decoded.
    public var thumbnail: [UInt8]?
    /// Centre-weighted luma histogram reduced to 64 bins summing to 1; empty when not decoded.
    public var histogram: [Double]
    /// Laplacian variance per tile of the 8 × 8 grid, row by row; empty when not decoded.
    public var sharpnessTiles: [Double]
    /// Coarse map of clipped areas; nil when not decoded.
    public var clipping: ClipMap?
    /// The main face's landmarks (original upright pixels), when a landmark model located them.
    public var landmarks: [FacePoint]?

    /// The card for an analysed photo; `thumbnail` is the encoded JPEG, if one could be made.
    public init(analysis: PhotoAnalysis, thumbnail: [UInt8]?) {
        report = analysis.report
        self.thumbnail = thumbnail
        let bins = analysis.detail?.histogram ?? []
        histogram = bins.count == 256 ? stride(from: 0, to: 256, by: 4).map { bins[$0..<$0 + 4].reduce(0, +) } : []
        sharpnessTiles = analysis.detail?.sharpnessTiles ?? []
        clipping = analysis.uprightGray.map { ClipMap(gray: $0) }
        landmarks = analysis.facts.faces?.landmarks?.points
    }

    /// Cards in report order: failures first, then warnings, then passes; input order within each.
    public static func sorted(_ cards: [ReportCard]) -> [ReportCard] {
        cards.enumerated().sorted { a, b in
            a.element.report.verdict != b.element.report.verdict
                ? a.element.report.verdict > b.element.report.verdict : a.offset < b.offset
        }.map(\.element)
    }
}

/// Where a photo is clipped, on a coarse grid over the upright image: each cell records the fraction of
/// its pixels below 16 (crushed shadows) and above 240 (blown highlights).
public struct ClipMap: Sendable, Equatable {
    /// Grid size.
    public var columns: Int
    public var rows: Int
    /// Fractions 0-1 per cell, row by row.
    public var shadows: [Double]
    public var highlights: [Double]

    /// Cells across the longer side. Default 24.
    public static let cellsOnLongSide = 24

    /// Measures a gray raster (one channel).
    public init(gray: Raster) {
        let long = max(gray.width, gray.height), cells = Self.cellsOnLongSide
        columns = max(1, gray.width * cells / max(1, long))
        rows = max(1, gray.height * cells / max(1, long))
        var dark = [Int](repeating: 0, count: columns * rows), bright = dark, total = dark
        let (width, height, columns, rows) = (gray.width, gray.height, columns, rows)
        gray.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<height {
                let row = (y * rows / height) * columns
                for x in 0..<width {
                    let cell = row + x * columns / width, value = pixels[y * width + x]
                    total[cell] += 1
                    if value < 16 { dark[cell] += 1 } else if value > 240 { bright[cell] += 1 }
                }
            }
        }
        shadows = zip(dark, total).map { Double($0) / Double(max(1, $1)) }
        highlights = zip(bright, total).map { Double($0) / Double(max(1, $1)) }
    }
}
