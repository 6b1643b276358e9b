/// How unevenly the face is lit: the mean gray of the face's two halves compared.
///
/// The face region is the outline of the landmarks: the jaw (points 0–16) closed over the eyebrows (26–17). It is
/// split along the face's midline, the line through the nose root (27) and the chin (8). The measure is
/// |left − right| ÷ their mean, capped at 1 (0 = evenly lit; 0.5 = one half about 1.7 times as bright as the
/// other).
enum FaceLightingAsymmetry {
    /// The asymmetry of the face whose 68 `points` are in the pixels of `gray` (one channel); 0 when either half
    /// has too few pixels to compare.
    static func measure(points: [FacePoint], gray: Raster) -> Double {
        let outline = Array(points[0...16]) + points[17...26].reversed()
        let top = points[27], bottom = points[8]
        var sums = (left: 0, right: 0), counts = (left: 0, right: 0)
        let heights = outline.map(\.y)
        let minY = max(0, Int((heights.min() ?? 0).rounded(.up)))
        let maxY = min(gray.height - 1, Int((heights.max() ?? -1).rounded(.down)))
        guard minY <= maxY else { return 0 }
        for row in minY...maxY {
            let y = Double(row)
            // Where the outline crosses this row, left to right: the spans between pairs are inside.
            var crossings: [Double] = []
            for index in outline.indices {
                let a = outline[index], b = outline[(index + 1) % outline.count]
                if (a.y <= y && b.y > y) || (b.y <= y && a.y > y) {
                    crossings.append(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x))
                }
            }
            crossings.sort()
            // The midline's x on this row (the line through the nose root and the chin).
            let middle =
                bottom.y != top.y ? top.x + (y - top.y) / (bottom.y - top.y) * (bottom.x - top.x) : top.x
            var pair = 0
            while pair + 1 < crossings.count {
                let start = max(0, Int(crossings[pair].rounded(.up)))
                let end = min(gray.width - 1, Int(crossings[pair + 1].rounded(.down)))
                if start <= end {
                    let rowStart = row * gray.width
                    for column in start...end {
                        let value = Int(gray.pixels[rowStart + column])
                        if Double(column) < middle {
                            sums.left += value
                            counts.left += 1
                        } else {
                            sums.right += value
                            counts.right += 1
                        }
                    }
                }
                pair += 2
            }
        }
        guard counts.left >= 16, counts.right >= 16 else { return 0 }
        let left = Double(sums.left) / Double(counts.left), right = Double(sums.right) / Double(counts.right)
        let mean = (left + right) / 2
        guard mean > 0 else { return 0 }
        return min(1, abs(left - right) / mean)
    }
}
