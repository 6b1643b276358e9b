import Testing

@testable import PhotoPreflight

/// The centre-weighted exposure measure on synthetic gray images whose answers are known.
@Suite struct ExposureMeasureTests {
    @Test(arguments: [20, 128, 230] as [UInt8])
    func aFlatImageMeasuresItsOwnLuma(level: UInt8) {
        let measure = ExposureMeasure(gray: Raster(width: 64, height: 80, channels: 1, filling: level))
        #expect(abs(measure.meanLuma - Double(level)) < 0.01)
        #expect(abs(measure.subjectLuma - Double(level)) < 0.01)
        #expect(abs(measure.wholeFrameMeanLuma - Double(level)) < 0.01)
        #expect(measure.shadowClipping == 0)
        #expect(measure.highlightClipping == 0)
        #expect(measure.contrastSpread == 0)
        #expect(abs(measure.histogram.reduce(0, +) - 1) < 1e-9)
    }

    @Test func clippedBackdropIsLeftOutOfTheSubjectLuma() {
        // A mid-grey subject in the middle third of a blown-out white backdrop.
        let gray = Raster.gray(width: 90, height: 90) { x, y in
            (30..<60).contains(x) && (30..<60).contains(y) ? 120 : 255
        }
        let measure = ExposureMeasure(gray: gray)
        #expect(abs(measure.subjectLuma - 120) < 0.5)
        #expect(measure.meanLuma > 150)
        #expect(measure.highlightClipping > 0.3)
        #expect(measure.shadowClipping == 0)
    }

    @Test func centreWeighsMoreThanTheEdges() {
        // Bright centre, dark frame: the weighted mean is brighter than the plain mean.
        let gray = Raster.gray(width: 100, height: 100) { x, y in
            (25..<75).contains(x) && (20..<70).contains(y) ? 200 : 40
        }
        let measure = ExposureMeasure(gray: gray)
        #expect(measure.meanLuma > measure.wholeFrameMeanLuma + 20)
    }

    @Test func anAlmostEntirelyClippedFrameFallsBackToThePlainWeightedMean() {
        let gray = Raster.gray(width: 100, height: 100) { x, _ in x < 2 ? 128 : 0 }
        let measure = ExposureMeasure(gray: gray)
        #expect(measure.shadowClipping > 0.95)
        #expect(measure.subjectLuma == measure.meanLuma)
    }

    @Test func contrastIsTheSpreadBetweenThe5thAnd95thPercentiles() {
        // Left half 50, right half 200: the percentiles land on the two levels.
        let measure = ExposureMeasure(gray: Raster.gray(width: 100, height: 100) { x, _ in x < 50 ? 50 : 200 })
        #expect(measure.contrastSpread == 150)
    }
}
