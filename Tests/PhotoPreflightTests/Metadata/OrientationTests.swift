import PhotoPreflight
import Testing

struct OrientationTests {
    /// A 3×2 gray raster whose pixels are numbered 1...6 row by row:
    ///     1 2 3
    ///     4 5 6
    private let stored = Raster(width: 3, height: 2, channels: 1, pixels: [1, 2, 3, 4, 5, 6])

    @Test(arguments: [
        (Orientation.up, 3, [1, 2, 3, 4, 5, 6]),
        (.upMirrored, 3, [3, 2, 1, 6, 5, 4]),
        (.down, 3, [6, 5, 4, 3, 2, 1]),
        (.downMirrored, 3, [4, 5, 6, 1, 2, 3]),
        (.leftMirrored, 2, [1, 4, 2, 5, 3, 6]),
        (.right, 2, [4, 1, 5, 2, 6, 3]),
        (.rightMirrored, 2, [6, 3, 5, 2, 4, 1]),
        (.left, 2, [3, 6, 2, 5, 1, 4]),
    ])
    func appliesEachOrientation(orientation: Orientation, width: Int, expected: [UInt8]) {
        let upright = stored.applying(orientation)
        #expect(upright.width == width)
        #expect(upright.height == 6 / width)
        #expect(upright.pixels == expected)
    }

    @Test func keepsChannelsTogether() {
        let rgb = Raster(width: 2, height: 1, channels: 3, pixels: [1, 2, 3, 4, 5, 6])
        #expect(rgb.applying(.right).pixels == [1, 2, 3, 4, 5, 6])
        #expect(rgb.applying(.upMirrored).pixels == [4, 5, 6, 1, 2, 3])
    }

    @Test func swapsDimensionsOnlyForTransposingOrientations() {
        #expect(Orientation.allCases.filter(\.swapsDimensions) == [.leftMirrored, .right, .rightMirrored, .left])
    }
}
