import PhotoPreflight
import Testing

@Suite struct EyesClosedRuleTests {
    @Test func failsWhenBothEyesAreShut() throws {
        let finding = try #require(
            findings(landmarks: measures(leftEye: 0.08, rightEye: 0.11)).first { $0.rule == EyesClosedRule.id })
        #expect(finding.severity == .error)
        #expect(finding.value == 0.11)
        #expect(finding.threshold == 0.15)
        #expect(finding.message.contains("eyes look closed"))
    }

    @Test(arguments: [(0.3, 0.3), (0.06, 0.27), (0.2, 0.18)])
    func passesWhenAnEyeIsOpen(left: Double, right: Double) {
        #expect(!findings(landmarks: measures(leftEye: left, rightEye: right)).contains { $0.rule == "eyes-closed" })
    }

    @Test func findsNothingWithoutLandmarks() {
        #expect(!ruleIDs([face()]).contains(EyesClosedRule.id))
    }

    @Test func thresholdIsConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.minimumEyeOpenness = 0.25
        let measured = measures(leftEye: 0.2, rightEye: 0.22)
        #expect(findings(landmarks: measured, thresholds: thresholds).contains { $0.rule == EyesClosedRule.id })
    }
}
