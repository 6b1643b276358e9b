import PhotoPreflight
import Testing

@Suite struct FaceOffCentreRuleTests {
    @Test func warnsWhenTheFaceIsFarFromTheMiddle() throws {
        let finding = try #require(
            findings([face(centreX: 250, side: 200)]).first { $0.rule == FaceOffCentreRule.id })
        #expect(finding.severity == .warning)
        #expect(finding.value == 0.25)
        #expect(finding.threshold == 0.2)
        #expect(finding.message.contains("left"))
    }

    @Test func warnsWhenTheFaceIsTooHighOrTooLow() {
        #expect(ruleIDs([face(centreY: 100, side: 60)], thresholds: lenientSize).contains(FaceOffCentreRule.id))
        #expect(ruleIDs([face(centreY: 700, side: 200)]).contains(FaceOffCentreRule.id))
    }

    @Test func acceptsACentredFace() {
        #expect(!ruleIDs([face(centreX: 600, centreY: 400, side: 200)]).contains(FaceOffCentreRule.id))
    }

    @Test func limitsAreConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.maximumHorizontalOffset = 0.3
        #expect(!ruleIDs([face(centreX: 250, side: 200)], thresholds: thresholds).contains(FaceOffCentreRule.id))
    }

    private var lenientSize: FaceRuleThresholds {
        var thresholds = FaceRuleThresholds()
        thresholds.minimumFaceSide = 10
        thresholds.cutOffTopMargin = 0
        return thresholds
    }
}
