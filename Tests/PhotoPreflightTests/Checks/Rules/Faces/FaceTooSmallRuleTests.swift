import PhotoPreflight
import Testing

@Suite struct FaceTooSmallRuleTests {
    @Test func failsBelowTwoHundredOriginalPixels() throws {
        let finding = try #require(findings([face(side: 150)]).first { $0.rule == FaceTooSmallRule.id })
        #expect(finding.severity == .error)
        #expect(finding.value == 150)
        #expect(finding.threshold == 200)
    }

    @Test func measuresInOriginalPixels() {
        // 150 working pixels at 2 original pixels per working pixel is a 300 px face.
        #expect(
            !ruleIDs([face(centreX: 250, centreY: 200, side: 150)], width: 500, height: 500, scale: 2)
                .contains(FaceTooSmallRule.id))
    }

    @Test func acceptsExactlyTheMinimum() {
        #expect(!ruleIDs([face(side: 200)]).contains(FaceTooSmallRule.id))
    }

    @Test func minimumSideIsConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.minimumFaceSide = 400
        #expect(ruleIDs([face(side: 300)], thresholds: thresholds).contains(FaceTooSmallRule.id))
    }
}
