import PhotoPreflight
import PhotoPreflightFaces
import Testing

@Suite struct FaceSearchTests {
    private func face(width: Double, score: Double = 1) -> DetectedFace {
        DetectedFace(box: FaceBox(x: 0, y: 0, width: width, height: width), score: score, pose: .frontal)
    }

    @Test func startsWithALongSideOfAbout640() {
        #expect(FaceSearch().coarseFactor(width: 2016, height: 1512) == 3)
        #expect(FaceSearch().coarseFactor(width: 640, height: 480) == 1)
        #expect(FaceSearch().coarseFactor(width: 5000, height: 2) == 2)
    }

    @Test func stopsWhenEveryFaceThatMattersIsLargeEnoughForTheCoarseScan() {
        // 40 % of 700 = 280 px, above 3 × 80 = 240 px (the coarse scan's finest faces).
        #expect(FaceSearch().finerScan(after: [face(width: 700)], coarseFactor: 3) == nil)
    }

    @Test func scansJustFineEnoughWhenASecondFaceCouldHaveBeenMissed() throws {
        // 40 % of 450 = 180 px fills the 80 px window at a factor of 2.25; levels 0 and 1 (2.25 × 1.2 = 2.7) come
        // within one pyramid step of the coarse scan's factor of 3.
        let finer = try #require(FaceSearch().finerScan(after: [face(width: 450)], coarseFactor: 3))
        #expect(finer.downscale == 2.25)
        #expect(finer.pyramidLevels == 2)
        // 40 % of 550 = 220 px (a factor of 2.75) is within one step of the coarse scan: no finer scan.
        #expect(FaceSearch().finerScan(after: [face(width: 550)], coarseFactor: 3) == nil)
    }

    @Test func scansEveryMissedSizeAtFullResolutionWhenNothingCountedWasFound() throws {
        let finer = try #require(FaceSearch().finerScan(after: [], coarseFactor: 3))
        #expect(finer.downscale == 1)
        // 1.2^6 = 2.99 < 3: levels 0...6 come within one step of the coarse scan's first.
        #expect(finer.pyramidLevels == 7)
        #expect(FaceSearch().finerScan(after: [face(width: 900, score: 0.1)], coarseFactor: 3) == finer)
        #expect(FaceSearch().finerScan(after: [], coarseFactor: 1) == nil)
    }

    @Test func followsTheRuleThresholds() throws {
        var thresholds = FaceRuleThresholds()
        thresholds.secondaryFaceRelativeWidth = 0.2
        thresholds.minimumScore = 0.05
        let search = FaceSearch(thresholds: thresholds)
        // 20 % of 700 = 140 px: a factor of 1.75.
        #expect(
            try #require(search.finerScan(after: [face(width: 700, score: 0.1)], coarseFactor: 3)).downscale == 1.75)
    }

    /// With no face found, the finest scan is set by the face-size limit: at 2 original pixels per working
    /// pixel the 200 px limit is 100 working pixels, found at a factor of 1.25.
    @Test func looksForFacesDownToTheSizeLimitWhenNoneWasFound() throws {
        let search = FaceSearch(thresholds: FaceRuleThresholds(), scaleToOriginal: 2)
        #expect(search.smallestFaceWidth == 100)
        #expect(try #require(search.finerScan(after: [], coarseFactor: 3)).downscale == 1.25)
        // A main face still sets the finer scan by its own width.
        #expect(try #require(search.finerScan(after: [face(width: 250)], coarseFactor: 3)).downscale == 1.25)
        // Lower limits are never looked for below the detector's 80 px window.
        var low = FaceRuleThresholds()
        low.minimumFaceSide = 40
        #expect(
            try #require(FaceSearch(thresholds: low, scaleToOriginal: 1).finerScan(after: [], coarseFactor: 3))
                .downscale == 1)
    }
}
