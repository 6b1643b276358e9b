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
        // 40 % of 700 = 280 px, above 3 × 80 = 240 px.
        #expect(FaceSearch().refinedFactor(after: [face(width: 700)], at: 3) == nil)
    }

    @Test func scansFinerWhenASecondFaceCouldHaveBeenMissed() {
        // 40 % of 500 = 200 px: faces of that width need a factor of at most 2.
        #expect(FaceSearch().refinedFactor(after: [face(width: 500)], at: 3) == 2)
    }

    @Test func scansAtFullResolutionWhenNothingCountedWasFound() {
        #expect(FaceSearch().refinedFactor(after: [], at: 3) == 1)
        #expect(FaceSearch().refinedFactor(after: [face(width: 900, score: 0.1)], at: 3) == 1)
        #expect(FaceSearch().refinedFactor(after: [], at: 1) == nil)
    }

    @Test func followsTheRuleThresholds() {
        var thresholds = FaceRuleThresholds()
        thresholds.secondaryFaceRelativeWidth = 0.2
        thresholds.minimumScore = 0.05
        let search = FaceSearch(thresholds: thresholds)
        #expect(search.refinedFactor(after: [face(width: 700, score: 0.1)], at: 3) == 1)
    }
}
