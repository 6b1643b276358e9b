import Testing

@testable import PhotoPreflight

/// The Laplacian-variance sharpness measure: whole frame and the sharpest tenth of an 8×8 tile grid.
@Suite struct SharpnessMeasureTests {
    @Test func aFlatImageHasNoSharpness() {
        let measure = SharpnessMeasure(gray: Raster(width: 64, height: 64, channels: 1, filling: 90))
        #expect(measure.score == 0)
        #expect(measure.wholeFrame == 0)
        #expect(measure.tiles.count == SharpnessMeasure.gridSize * SharpnessMeasure.gridSize)
    }

    @Test func aCheckerboardHasTheLaplacianVarianceWorkedOutByHand() {
        // Alternating 0/100 pixels: the 4-neighbour Laplacian is ±400 everywhere inside, so its variance is 160,000.
        let measure = SharpnessMeasure(gray: Raster.gray(width: 64, height: 64) { x, y in (x + y) % 2 == 0 ? 0 : 100 })
        #expect(abs(measure.wholeFrame - 160_000) < 1)
        #expect(abs(measure.score - 160_000) < 1)
    }

    @Test func aSharpPatchInASoftFrameKeepsTheScoreHighButNotTheWholeFrame() {
        // A checkerboard only in the top-left 16×16 pixels of a flat 128×128 frame (the top-left 1/64 of the grid).
        let measure = SharpnessMeasure(
            gray: Raster.gray(width: 128, height: 128) { x, y in x < 16 && y < 16 && (x + y) % 2 == 0 ? 200 : 100 })
        #expect(measure.score > 5 * measure.wholeFrame)
        #expect(measure.tiles[0] > 0)
        #expect(measure.tiles[measure.tiles.count - 1] == 0)
    }

    @Test func imagesSmallerThanTheKernelScoreZero() {
        let measure = SharpnessMeasure(gray: Raster(width: 2, height: 2, channels: 1, pixels: [0, 255, 255, 0]))
        #expect(measure.score == 0)
        #expect(measure.wholeFrame == 0)
    }
}
