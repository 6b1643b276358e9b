import PhotoPreflight
import Testing

@Suite struct NotFrontalRuleTests {
    @Test(arguments: [FacePose.lookingLeft, .lookingRight, .rotatedLeft, .rotatedRight])
    func warnsForTurnedOrTiltedHeads(pose: FacePose) throws {
        let finding = try #require(findings([face(pose: pose)]).first { $0.rule == NotFrontalRule.id })
        #expect(finding.severity == .warning)
        #expect(finding.value == Double(pose.hogSubDetector))
        #expect(finding.message.contains(pose.rawValue))
    }

    @Test func acceptsAFrontalFace() {
        #expect(!ruleIDs([face(pose: .frontal)]).contains(NotFrontalRule.id))
    }

    @Test func acceptedPosesAreConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.acceptedPoses = [.frontal, .rotatedLeft, .rotatedRight]
        #expect(!ruleIDs([face(pose: .rotatedLeft)], thresholds: thresholds).contains(NotFrontalRule.id))
        #expect(ruleIDs([face(pose: .lookingLeft)], thresholds: thresholds).contains(NotFrontalRule.id))
    }

    @Test func mapsEveryHogSubDetector() {
        #expect((0...4).compactMap(FacePose.init(hogSubDetector:)) == FacePose.allCases)
        #expect(FacePose(hogSubDetector: 5) == nil)
    }
}
