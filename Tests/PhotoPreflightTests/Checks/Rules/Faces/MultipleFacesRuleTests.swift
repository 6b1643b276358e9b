import PhotoPreflight
import Testing

@Suite struct MultipleFacesRuleTests {
    @Test func failsWhenASecondFaceIsAtLeastFortyPercentAsWide() throws {
        let result = findings([face(side: 300), face(centreX: 850, centreY: 300, side: 120)])
        let finding = try #require(result.first { $0.rule == MultipleFacesRule.id })
        #expect(finding.severity == .error)
        #expect(finding.value == 2)
        #expect(finding.faceBox?.width == 300)
    }

    @Test func ignoresSmallBackgroundFaces() {
        let ids = ruleIDs([face(side: 300), face(centreX: 850, centreY: 300, side: 119)])
        #expect(!ids.contains(MultipleFacesRule.id))
    }

    @Test func countsEveryLargeFace() throws {
        let faces = [face(centreX: 200, side: 200), face(centreX: 500, side: 210), face(centreX: 800, side: 190)]
        let finding = try #require(findings(faces).first { $0.rule == MultipleFacesRule.id })
        #expect(finding.value == 3)
        #expect(finding.faceBox?.width == 210)
    }

    @Test func relativeWidthIsConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.secondaryFaceRelativeWidth = 0.3
        let faces = [face(side: 300), face(centreX: 850, centreY: 300, side: 100)]
        #expect(ruleIDs(faces, thresholds: thresholds).contains(MultipleFacesRule.id))
    }
}
