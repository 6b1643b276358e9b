import PhotoPreflight
import Testing

/// The suitability score: components, their renormalised weights, what findings do, and its bounds.
@Suite struct SuitabilityScoreTests {
    private typealias Inputs = ScoreTestInputs

    @Test func componentsAreDeclaredOnceWithUniqueIdsAndWeightsSummingTo100() {
        let components = SuitabilityFormula.components
        #expect(Set(components.map(\.id)).count == components.count)
        #expect(components.reduce(0) { $0 + $1.weight } == 100)
        #expect(components.allSatisfy { $0.weight > 0 })
    }

    @Test func withoutLandmarksThePoseAndEyesAreSkippedAndTheOthersRenormalised() throws {
        let score = SuitabilityScore(inputs: Inputs.inputs(), findings: [])
        let skipped = score.components.filter { !$0.counted }.map(\.id)
        #expect(skipped == ["pose", "eyes"])
        #expect(score.components.filter { !$0.counted }.allSatisfy { $0.points == 0 && $0.quality == nil })
        // Counted weights are 80 of 100: a perfect counted component gives weight × 100 / 80 points.
        let total = score.components.reduce(0) { $0 + $1.points }
        #expect(abs(total - score.score) <= 0.5)
        let exposure = try #require(score.components.first { $0.id == "exposure" })
        #expect(exposure.quality == 1 && exposure.points == 25)
    }

    @Test func landmarksCountWhenPresentAndClosedEyesOrATurnedHeadCostPoints() {
        let open = SuitabilityScore(inputs: Inputs.inputs(landmarks: Inputs.landmarks()), findings: [])
        #expect(open.components.allSatisfy { $0.counted })
        let closed = SuitabilityScore(inputs: Inputs.inputs(landmarks: Inputs.landmarks(eyes: 0.08)), findings: [])
        let turned = SuitabilityScore(inputs: Inputs.inputs(landmarks: Inputs.landmarks(yaw: 30)), findings: [])
        #expect(closed.score < open.score - 8)
        #expect(turned.score < open.score - 5)
    }

    @Test func withoutTheFaceCheckExposureAndSharpnessFallBackToTheWholeFrame() {
        let score = SuitabilityScore(
            inputs: Inputs.inputs(
                metrics: Inputs.metrics(faceBrightness: nil, faceSharpness: nil), face: false, faceCheckRan: false),
            findings: [])
        let counted = score.components.filter(\.counted)
        #expect(counted.map(\.id) == ["exposure", "sharpness"])
        #expect(counted.allSatisfy { $0.basis == "whole frame" })
        #expect(counted.first?.value == 130)
    }

    @Test func aPhotoInWhichNoFaceWasFoundGetsNoFacePointsAndScoresBelowOneWithAFace() {
        let noFace = SuitabilityScore(
            inputs: Inputs.inputs(metrics: Inputs.metrics(faceBrightness: nil, faceSharpness: nil), face: false),
            findings: [])
        let faceComponents = noFace.components.filter {
            ["face-size", "face-share", "centring", "face-height"].contains($0.id)
        }
        #expect(faceComponents.count == 4)
        #expect(
            faceComponents.allSatisfy { $0.counted && $0.quality == 0 && $0.points == 0 && $0.basis == "no face found" }
        )
        #expect(noFace.score <= 50)
        #expect(noFace.score < SuitabilityScore(inputs: Inputs.inputs(), findings: []).score)
    }

    @Test func nothingMeasurableScoresZero() throws {
        let score = SuitabilityScore(inputs: ScoreInputs(metrics: nil), findings: [Inputs.finding("corrupt", .error)])
        #expect(score.score == 0)
        #expect(score.components.allSatisfy { !$0.counted })
        let taken = try #require(score.adjustments.first?.points)
        #expect(taken == 0 && taken.sign == .plus, "nothing taken off is written 0, not -0")
    }

    @Test func anIdealPortraitScoresNearlyAHundredAndNeverMore() {
        let ideal = SuitabilityScore(
            inputs: Inputs.inputs(
                metrics: Inputs.metrics(faceSharpness: 1e9), landmarks: Inputs.landmarks()),
            findings: [])
        #expect(ideal.score <= 100)
        #expect(ideal.score >= 85)
    }

    @Test(arguments: [
        Inputs.inputs(metrics: Inputs.metrics(faceBrightness: 0, faceSharpness: 0), side: 1, centreX: 0, down: 5),
        Inputs.inputs(metrics: Inputs.metrics(faceBrightness: 255, faceSharpness: 1e12), side: 1e9, down: -3),
    ])
    func extremeMeasuresStayWithin0And100(inputs: ScoreInputs) {
        let findings = (0..<20).map { _ in Inputs.finding("too-dark", .warning) }
        for findings in [[], findings, [Inputs.finding("blurry", .error)]] {
            let score = SuitabilityScore(inputs: inputs, findings: findings).score
            #expect((0...100).contains(score))
        }
    }

    @Test func eachWarningTakesTenPointsOff() {
        let clean = SuitabilityScore(inputs: Inputs.inputs(), findings: [])
        let warned = SuitabilityScore(
            inputs: Inputs.inputs(),
            findings: [Inputs.finding("face-off-centre", .warning), Inputs.finding("low-contrast", .warning)])
        #expect(abs(warned.score - (clean.score - 20)) <= 0.1)
        #expect(warned.adjustments.map(\.rule) == ["face-off-centre", "low-contrast"])
        #expect(warned.adjustments.allSatisfy { $0.points == -10 })
    }

    @Test func anErrorCapsTheScoreAt20BelowAPassingPhotoWithWarnings() {
        let failing = SuitabilityScore(
            inputs: Inputs.inputs(), findings: [Inputs.finding("blurry", .error), Inputs.finding("blurry", .error)])
        let warned = SuitabilityScore(
            inputs: Inputs.inputs(metrics: Inputs.metrics(faceBrightness: 90, faceSharpness: 150)),
            findings: (0..<3).map { _ in Inputs.finding("low-contrast", .warning) })
        #expect(failing.score <= 20)
        #expect(failing.score > 0)
        #expect(failing.adjustments.count == 1 && failing.adjustments[0].severity == .error)
        #expect(warned.score > failing.score)
    }

    /// For each component, a worse measure gives fewer points and a lower score.
    @Test(arguments: [
        ("exposure", Inputs.inputs(metrics: Inputs.metrics(faceBrightness: 215))),
        ("exposure", Inputs.inputs(metrics: Inputs.metrics(faceBrightness: 70))),
        ("sharpness", Inputs.inputs(metrics: Inputs.metrics(faceSharpness: 80))),
        ("face-size", Inputs.inputs(side: 150)),
        ("face-share", Inputs.inputs(side: 900)),
        ("centring", Inputs.inputs(centreX: 800)),
        ("face-height", Inputs.inputs(down: 0.75)),
    ])
    func aWorseMeasureCostsPoints(component: String, worse: ScoreInputs) throws {
        let good = SuitabilityScore(inputs: Inputs.inputs(), findings: [])
        let bad = SuitabilityScore(inputs: worse, findings: [])
        let before = try #require(good.components.first { $0.id == component })
        let after = try #require(bad.components.first { $0.id == component })
        #expect(after.points < before.points - 2, "\(component): \(before.points) → \(after.points)")
        #expect(bad.score < good.score)
    }

    @Test func curvesAreSmoothAndStrictlyMonotonicAroundTheirIdeal() {
        let peak = ScoreCurve.peak(ideal: 140, width: 50)
        #expect(peak.quality(140) == 1)
        #expect(peak.quality(150) < 1 && peak.quality(160) < peak.quality(150) && peak.quality(120) < peak.quality(130))
        let saturating = ScoreCurve.saturating(half: 150)
        #expect(saturating.quality(150) == 0.5 && saturating.quality(0) == 0)
        #expect(saturating.quality(2000) > saturating.quality(1000))
        let ratio = ScoreCurve.ratioPeak(ideal: 0.3, width: 0.7)
        #expect(abs(ratio.quality(0.15) - ratio.quality(0.6)) < 1e-12)
        #expect(ScoreCurve.ramp(zero: 0.1, one: 0.25).quality(0.05) == 0)
    }
}
