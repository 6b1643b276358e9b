import Foundation
import Testing

@testable import HeyGen

/// Local checks of `avatar prompt` (v3 `type: "prompt"`), the name limit, the default voice and 32 MB.
@Suite struct PromptLookValidationTests {
    @Test func acceptsTheDocumentedLimits() throws {
        let request = try PromptLookRequest(
            name: String(repeating: "n", count: 255), prompt: String(repeating: "p", count: 1000),
            referenceAssetIDs: ["a1", "a2", "a3"], groupID: "g1")
        let json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any])
        #expect(json["type"] as? String == "prompt")
        #expect(json["avatar_group_id"] as? String == "g1")
        #expect((json["reference_images"] as? [[String: String]])?.first == ["type": "asset_id", "asset_id": "a1"])
        #expect(json["avatar_id"] == nil)
    }

    @Test(arguments: [
        ("", "a prompt", [String]()),
        (String(repeating: "n", count: 256), "a prompt", []),
        ("Ava", "", []),
        ("Ava", "   ", []),
        ("Ava", String(repeating: "p", count: 1001), []),
        ("Ava", "a prompt", ["a1", "a2", "a3", "a4"]),
        ("Ava", "a prompt", ["../etc"]),
    ])
    func rejectsFieldsOutsideTheDocumentedLimits(_ name: String, _ prompt: String, _ references: [String]) {
        #expect(throws: HeyGenError.self) {
            try PromptLookRequest(name: name, prompt: prompt, referenceAssetIDs: references)
        }
    }

    @Test func rejectsABadGroupOrLookID() {
        #expect(throws: HeyGenError.self) { try PromptLookRequest(name: "A", prompt: "B", groupID: "a/b") }
        #expect(throws: HeyGenError.self) { try PromptLookRequest(name: "A", prompt: "B", lookID: "") }
    }

    @Test func aLookVideoMayOmitTheVoiceButAnImageVideoMayNot() throws {
        let look = try V3VideoRequest(source: .look(id: "look-1"), script: "Hello", voiceID: nil)
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(look)) as? [String: Any])
        #expect(json["voice_id"] == nil)
        #expect(throws: HeyGenError.self) {
            try V3VideoRequest(source: .image(assetID: "asset-1"), script: "Hello", voiceID: nil)
        }
        #expect(throws: HeyGenError.self) {
            try VideoSpeech(script: "Hello", voiceID: nil, title: "T").requiredVoiceID()
        }
    }

    @Test func thirtyTwoMegabytesAreCountedDecimally() {
        #expect(HeyGenV3API.maxAssetBytes == 32_000_000)
        #expect(Validate.maxNameCharacters == 255)
    }

    @Test func onlyV3HasPromptLooksVideoListingAndDefaultVoices() {
        for capability in [ServiceCapabilities.promptGeneration, .videoListing, .defaultVoice] {
            #expect(APIVersion.v3.capabilities.contains(capability))
            #expect(!APIVersion.v2.capabilities.contains(capability))
        }
    }
}
