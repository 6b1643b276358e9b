/// Sharpness as the variance of the 3×3 Laplacian, measured at a fixed working size so the score does not
/// depend on the photo's pixel count.
///
/// A portrait with a blurred (bokeh) background is sharp where it matters, so besides the whole-frame value
/// the frame is cut into a grid of tiles and the score is the mean of the sharpest tenth of them: a photo
/// is blurry only when even its sharpest parts are.
struct SharpnessMeasure: Sendable {
    /// Mean Laplacian variance of the sharpest tiles.
    var score: Double
    /// Laplacian variance of the whole frame (the common `cv2.Laplacian(...).var()` recipe), for reference.
    var wholeFrame: Double
    /// Laplacian variance of each tile, row by row (`gridSize` × `gridSize`), for maps in reports.
    var tiles: [Double]

    /// Tiles per side.
    static let gridSize = 8
    /// The fraction of tiles, the sharpest, that make the score.
    static let sharpestFraction = 0.1

    init(gray: Raster) {
        precondition(gray.channels == 1)
        let w = gray.width, h = gray.height, n = Self.gridSize
        var sums = [Double](repeating: 0, count: n * n)
        var squares = [Double](repeating: 0, count: n * n)
        var counts = [Double](repeating: 0, count: n * n)
        var totalSum = 0.0, totalSquares = 0.0
        if w >= 3 && h >= 3 {
            gray.pixels.withUnsafeBufferPointer { p in
                for y in 1..<(h - 1) {
                    let tileRow = min(n - 1, y * n / h) * n
                    var rowSum = 0, rowSquares = 0
                    var tileSum = [Int](repeating: 0, count: n), tileSquares = [Int](repeating: 0, count: n)
                    var tileCount = [Int](repeating: 0, count: n)
                    for x in 1..<(w - 1) {
                        let i = y * w + x
                        let l = Int(p[i - 1]) + Int(p[i + 1]) + Int(p[i - w]) + Int(p[i + w]) - 4 * Int(p[i])
                        let t = min(n - 1, x * n / w)
                        tileSum[t] += l
                        tileSquares[t] += l * l
                        tileCount[t] += 1
                        rowSum += l
                        rowSquares += l * l
                    }
                    for t in 0..<n {
                        sums[tileRow + t] += Double(tileSum[t])
                        squares[tileRow + t] += Double(tileSquares[t])
                        counts[tileRow + t] += Double(tileCount[t])
                    }
                    totalSum += Double(rowSum)
                    totalSquares += Double(rowSquares)
                }
            }
        }
        func variance(_ sum: Double, _ squares: Double, _ count: Double) -> Double {
            guard count > 0 else { return 0 }
            let mean = sum / count
            return max(0, squares / count - mean * mean)
        }
        tiles = (0..<(n * n)).map { variance(sums[$0], squares[$0], counts[$0]) }
        wholeFrame = variance(totalSum, totalSquares, counts.reduce(0, +))
        let sharpest = tiles.sorted(by: >).prefix(
            max(1, Int((Double(tiles.count) * Self.sharpestFraction).rounded(.up))))
        score = sharpest.reduce(0, +) / Double(sharpest.count)
    }
}
