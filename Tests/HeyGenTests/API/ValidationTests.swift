import Foundation
import Testing

@testable import HeyGen

@Suite struct ValidationTests {
    func generation(appearance: String, name: String = "Host") throws -> GeneratePhotoRequest {
        try GeneratePhotoRequest(
            name: name, age: .youngAdult, gender: .woman, ethnicity: .unspecified, orientation: .horizontal,
            pose: .halfBody, style: .realistic, appearance: appearance)
    }

    @Test func appearanceAcceptsExactly1000Characters() throws {
        #expect(try generation(appearance: String(repeating: "a", count: 1000)).appearance.count == 1000)
        #expect(throws: HeyGenError.self) { try generation(appearance: String(repeating: "a", count: 1001)) }
        #expect(throws: HeyGenError.self) { try generation(appearance: "  ") }
        #expect(throws: HeyGenError.self) { try generation(appearance: "ok", name: "") }
    }

    @Test func generationEncodesTheSeedsEnumStrings() throws {
        let data = try JSONEncoder().encode(try generation(appearance: "navy blazer"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(json["age"] == "Young Adult")
        #expect(json["pose"] == "half_body")
        #expect(json.count == 8)
    }

    @Test func enumsHoldExactlyTheDocumentedValues() {
        #expect(GenerationAge.allCases.count == 5)
        #expect(GenerationGender.allCases.count == 3)
        #expect(GenerationEthnicity.allCases.count == 10)
        #expect(GenerationOrientation.allCases.map(\.rawValue) == ["square", "horizontal", "vertical"])
        #expect(GenerationPose(rawValue: "close_up") == .closeUp)
        #expect(GenerationStyle(rawValue: "Anime") == nil)
        #expect(GenerationEthnicity(rawValue: "South East Asian") == .southEastAsian)
    }

    @Test(arguments: [0, 5])
    func addLooksRejectsKeyCountsOutside1To4(count: Int) {
        let keys = (0..<count).map { "image/\($0)/original" }
        #expect(throws: HeyGenError.self) { try AddLooksRequest(groupID: "g", imageKeys: keys, name: "n") }
    }

    @Test func addLooksAcceptsFourKeys() throws {
        let request = try AddLooksRequest(groupID: "g", imageKeys: ["a", "b", "c", "d"], name: "n")
        #expect(request.imageKeys.count == 4)
    }

    @Test func avatarIVRequiresTitleScriptAndVoice() throws {
        #expect(throws: HeyGenError.self) {
            try AvatarIVRequest(imageKey: "k", videoTitle: "", script: "hi", voiceID: "v")
        }
        #expect(throws: HeyGenError.self) {
            try AvatarIVRequest(
                imageKey: "k", videoTitle: "t", script: String(repeating: "x", count: 5001), voiceID: "v")
        }
        let request = try AvatarIVRequest(
            imageKey: "k", videoTitle: "t", script: "hi", voiceID: "v", videoOrientation: .square, fit: .contain)
        let json = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        #expect(json.contains(#""video_orientation":"square""#))
        #expect(VideoOrientation(rawValue: "diagonal") == nil)
        #expect(VideoFit.allCases.map(\.rawValue) == ["cover", "contain"])
    }

    @Test(arguments: [(127, 720), (1281, 720), (1280, 4098)])
    func videoDimensionsMustBeEvenWithin128To4096(width: Int, height: Int) {
        #expect(throws: HeyGenError.self) {
            try TalkingPhotoVideoRequest(talkingPhotoID: "t", script: "hi", voiceID: "v", width: width, height: height)
        }
    }

    @Test(arguments: ["../etc", "a/b", "", "id with space", String(repeating: "a", count: 129)])
    func idsThatCouldEscapeThePathAreRefused(id: String) {
        #expect(throws: HeyGenError.self) { try validatedID(id, "id") }
    }

    @Test func looksMatchTheImageKeyTheyWereMadeFrom() {
        let look = PhotoAvatar(id: "l", imageURL: "https://files2.heygen.ai/image/abc123/original?Expires=1")
        #expect(look.wasMade(from: "image/abc123/original.jpg"))
        #expect(!look.wasMade(from: "image/abc999/original.jpg"))
    }
}
