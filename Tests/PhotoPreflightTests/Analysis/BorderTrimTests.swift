import Testing

@testable import PhotoPreflight

/// Letterbox and pillarbox bars are found and left out; pictures with dark content are not trimmed.
@Suite struct BorderTrimTests {
    @Test func letterboxBarsAreTrimmed() {
        // 100×100 with 10-row black bars above and below a textured picture.
        let gray = Raster.gray(width: 100, height: 100) { x, y in
            y < 10 || y >= 90 ? 3 : UInt8(60 + (x * 7 + y * 3) % 120)
        }
        #expect(BorderTrim.pictureRegion(of: gray) == BorderTrim.Region(x: 0, y: 10, width: 100, height: 80))
    }

    @Test func pillarboxBarsAreTrimmed() {
        let gray = Raster.gray(width: 100, height: 80) { x, y in x < 12 || x >= 94 ? 0 : UInt8(80 + (x + y) % 90) }
        #expect(BorderTrim.pictureRegion(of: gray) == BorderTrim.Region(x: 12, y: 0, width: 82, height: 80))
    }

    @Test func noMoreThanThirtyPercentIsTrimmedPerSide() {
        let gray = Raster(width: 50, height: 50, channels: 1, filling: 0)
        let region = BorderTrim.pictureRegion(of: gray)
        #expect(region == BorderTrim.Region(x: 15, y: 15, width: 20, height: 20))
    }

    @Test func darkButTexturedEdgesAreNotBars() {
        // Dark rows whose pixels vary (night sky with stars) are picture, not padding.
        let gray = Raster.gray(width: 100, height: 100) { x, y in y < 10 ? (x % 4 == 0 ? 60 : 2) : 128 }
        #expect(BorderTrim.pictureRegion(of: gray).y == 0)
    }

    @Test func anImageWithoutBarsIsKeptWhole() {
        let gray = Raster(width: 40, height: 30, channels: 1, filling: 128)
        #expect(BorderTrim.pictureRegion(of: gray) == BorderTrim.Region(x: 0, y: 0, width: 40, height: 30))
    }
}
