import PhotoPreflight
import Testing

@Suite struct NoFaceRuleTests {
    @Test func reportsNoFaceWhenNothingIsDetected() throws {
        let result = findings([])
        #expect(result.map(\.rule) == [NoFaceRule.id])
        let finding = try #require(result.first)
        #expect(finding.severity == .error)
        #expect(finding.value == 0)
        #expect(finding.threshold == 1)
    }

    @Test func ignoresDetectionsBelowTheMinimumScore() {
        #expect(ruleIDs([face(score: 0.1)]) == [NoFaceRule.id])
    }

    @Test func acceptsOneWellPlacedFrontalFace() {
        #expect(ruleIDs([face()]).isEmpty)
    }

    @Test func minimumScoreIsConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.minimumScore = 0.05
        #expect(ruleIDs([face(score: 0.1)], thresholds: thresholds).isEmpty)
    }
}
