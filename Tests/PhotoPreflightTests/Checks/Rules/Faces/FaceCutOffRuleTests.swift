import PhotoPreflight
import Testing

@Suite struct FaceCutOffRuleTests {
    @Test func failsWhenTheFaceTouchesTheLeftEdge() throws {
        let result = findings([face(centreX: 120, side: 300)])
        let finding = try #require(result.first { $0.rule == FaceCutOffRule.id })
        #expect(finding.severity == .error)
        #expect(finding.value == 75)  // box from -30, grown by 45 px on the left
        #expect(finding.message.contains("left"))
    }

    @Test func needsMoreRoomAboveForHair() throws {
        // 100 px above the box: enough below (45 px needed) but not above (120 px needed).
        let result = findings([face(centreX: 500, centreY: 250, side: 300)])
        let finding = try #require(result.first { $0.rule == FaceCutOffRule.id })
        #expect(finding.value == 20)
        #expect(finding.message.contains("top"))
        #expect(!ruleIDs([face(centreX: 500, centreY: 760, side: 300)]).contains(FaceCutOffRule.id))
    }

    @Test func acceptsAFaceWithRoomAllAround() {
        #expect(!ruleIDs([face(centreX: 500, centreY: 400, side: 300)]).contains(FaceCutOffRule.id))
    }

    @Test func marginsAreConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.cutOffTopMargin = 0.2
        #expect(
            !ruleIDs([face(centreX: 500, centreY: 250, side: 300)], thresholds: thresholds)
                .contains(FaceCutOffRule.id))
    }
}
