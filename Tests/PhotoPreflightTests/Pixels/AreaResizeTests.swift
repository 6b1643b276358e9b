import PhotoPreflight
import Testing

struct AreaResizeTests {
    @Test func preservesFlatColour() {
        let flat = Raster(
            width: 97, height: 61, channels: 3, pixels: Array(repeating: [200, 100, 50], count: 97 * 61).flatMap { $0 })
        let small = flat.areaResized(width: 30, height: 20)
        #expect(small.width == 30 && small.height == 20)
        #expect(small.pixels.enumerated().allSatisfy { abs(Int($1) - [200, 100, 50][$0 % 3]) <= 1 })
    }

    @Test func averagesAreasExactlyForIntegerFactors() {
        let raster = Raster(width: 4, height: 2, channels: 1, pixels: [0, 100, 200, 255, 50, 50, 0, 1])
        #expect(raster.areaResized(width: 2, height: 1).pixels == [50, 114])
    }

    @Test func shrinksToAShortSideKeepingAspect() {
        let raster = Raster(width: 2000, height: 1000, channels: 1, filling: 7)
        let small = raster.areaResized(shortSide: 512)
        #expect(small.height == 512 && small.width == 1024)
        #expect(raster.areaResized(shortSide: 4000).width == 2000)
    }
}
