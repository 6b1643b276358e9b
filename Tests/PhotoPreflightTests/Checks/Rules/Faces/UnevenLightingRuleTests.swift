import PhotoPreflight
import Testing

@Suite struct UnevenLightingRuleTests {
    @Test func warnsWhenOneHalfOfTheFaceIsMuchDarker() throws {
        let finding = try #require(
            findings(landmarks: measures(lighting: 0.62)).first { $0.rule == UnevenLightingRule.id })
        #expect(finding.severity == .warning)
        #expect(finding.value == 0.62)
        #expect(finding.message.contains("differ by 62 %"))
    }

    @Test(arguments: [0.0, 0.2, 0.45, 0.5])
    func acceptsAnEvenlyLitFace(asymmetry: Double) {
        #expect(!findings(landmarks: measures(lighting: asymmetry)).contains { $0.rule == UnevenLightingRule.id })
    }

    @Test func findsNothingWithoutLandmarks() {
        #expect(!ruleIDs([face()]).contains(UnevenLightingRule.id))
    }
}
