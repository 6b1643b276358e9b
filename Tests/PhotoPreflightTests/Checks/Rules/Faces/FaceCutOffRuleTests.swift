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

    @Test func failsWhenTheFaceBoxTouchesTheFrameExactly() throws {
        // Box from 0 to 300 px across: touching the left edge is a cut face.
        let finding = try #require(findings([face(centreX: 150, side: 300)]).first { $0.rule == FaceCutOffRule.id })
        #expect(finding.severity == .error)
        #expect(finding.message.hasPrefix("face is cut off at the left edge"))
    }

    @Test func onlyWarnsWhenJustTheHairMarginLeavesTheFrame() throws {
        // A close-up whose tight box is inside (2 px from the top) but whose hair margin is not.
        let result = findings([face(centreX: 500, centreY: 152, side: 300)])
        let finding = try #require(result.first { $0.rule == FaceCutOffRule.id })
        #expect(finding.severity == .warning)
        #expect(finding.value == 118)
        #expect(finding.message.contains("top") && finding.message.contains("the face itself is inside"))
        // Every face rule's verdict: a warning does not fail the photo.
        #expect(!result.contains { $0.severity == .error })
    }

    @Test func needsMoreRoomAboveForHair() throws {
        // 100 px above the box: enough below (45 px needed) but not above (120 px needed).
        let result = findings([face(centreX: 500, centreY: 250, side: 300)])
        let finding = try #require(result.first { $0.rule == FaceCutOffRule.id })
        #expect(finding.value == 20)
        #expect(finding.severity == .warning)
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
