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

@Suite struct NotFrontalMeasuredPoseTests {
    @Test func acceptsAHeadWithinEveryLimit() {
        let measured = measures(yaw: 19, pitch: -19, roll: 9)
        #expect(!findings(landmarks: measured).contains { $0.rule == NotFrontalRule.id })
    }

    @Test func measuredAnglesReplaceThePoseFilter() {
        // dlib's turned-head filter fired, but the landmarks say the head is straight: no warning.
        #expect(!findings(landmarks: measures(), pose: .lookingLeft).contains { $0.rule == NotFrontalRule.id })
    }

    @Test(arguments: [
        (measures(yaw: 27), 27.0, "turned 27° to the image's right (at most 20°)"),
        (measures(yaw: -31), -31.0, "turned 31° to the image's left"),
        (measures(pitch: 28), 28.0, "tilted 28° up (at most 25°)"),
        (measures(pitch: -27), -27.0, "tilted 27° down"),
        (measures(roll: 14), 14.0, "rotated 14° clockwise (at most 10°)"),
        (measures(roll: -12), -12.0, "rotated 12° anticlockwise"),
    ])
    func warnsByHowManyDegreesAndWhichWay(measured: FaceLandmarkFacts, value: Double, text: String) throws {
        let finding = try #require(findings(landmarks: measured).first { $0.rule == NotFrontalRule.id })
        #expect(finding.severity == .warning)
        #expect(finding.value == value)
        #expect(finding.unit == "°")
        #expect(finding.message.contains(text))
    }

    @Test func namesEveryAxisBeyondItsLimitAndReportsTheWorst() throws {
        let finding = try #require(
            findings(landmarks: measures(yaw: 22, roll: 30)).first { $0.rule == NotFrontalRule.id })
        #expect(finding.message.contains("turned 22°") && finding.message.contains("rotated 30°"))
        #expect(finding.value == 30 && finding.threshold == 10)
    }

    @Test func limitsAreConfigurable() {
        var thresholds = FaceRuleThresholds()
        thresholds.maximumYaw = 35
        #expect(!findings(landmarks: measures(yaw: 30), thresholds: thresholds).contains { $0.rule == "not-frontal" })
    }
}
