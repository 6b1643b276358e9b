import PhotoPreflight
import Testing

@Suite struct MouthOpenRuleTests {
    @Test func warnsForAWideOpenMouth() throws {
        let finding = try #require(findings(landmarks: measures(mouth: 0.45)).first { $0.rule == MouthOpenRule.id })
        #expect(finding.severity == .warning)
        #expect(finding.value == 0.45)
        #expect(finding.threshold == 0.35)
        #expect(finding.message.contains("mouth is open"))
    }

    @Test(arguments: [0.0, 0.12, 0.25, 0.35])
    func acceptsClosedLipsAndASmile(openness: Double) {
        #expect(!findings(landmarks: measures(mouth: openness)).contains { $0.rule == MouthOpenRule.id })
    }

    @Test func findsNothingWithoutLandmarks() {
        #expect(!ruleIDs([face()]).contains(MouthOpenRule.id))
    }
}
