import Foundation
import Testing

@testable import HeyGen

@Suite struct ServiceCapabilityTests {
    @Test func v2TrainsAndGeneratesAndV3TakesAssetIDs() {
        #expect(APIVersion.v2.capabilities == [.training, .aiGeneration, .imageKeys, .motionPromptEnhancement])
        #expect(APIVersion.v3.capabilities == [.assetIDs, .promptGeneration, .videoListing, .defaultVoice])
        #expect(APIVersion.v2.capabilities.isDisjoint(with: APIVersion.v3.capabilities))
    }

    @Test func aMissingCapabilityIsRefusedNamingTheGenerationThatHasIt() throws {
        try APIVersion.v2.require(.training, for: "avatar train")
        #expect(throws: Never.self) { try APIVersion.v3.require(.assetIDs, for: "--asset-id") }
        do {
            try APIVersion.v3.require(.training, for: "avatar train")
            Issue.record("v3 accepted training")
        } catch {
            #expect(error.description == "avatar train exists only in HeyGen's v2 API; run it with --api v2")
        }
        #expect(
            APIVersion.v2.refusal(.assetIDs, for: "--asset-id").description
                == "--asset-id exists only in HeyGen's v3 API; run it with --api v3")
        #expect(APIVersion.v3.refusal(.imageKeys, for: "x", message: "custom").description == "custom")
    }

    @Test func eachGenerationsServiceSpeaksIt() {
        let connection = HeyGenConnection(
            configuration: HeyGenConfiguration(
                apiKey: APIKey("k")!, apiBase: URL(string: "http://127.0.0.1:1")!,
                uploadBase: URL(string: "http://127.0.0.1:1")!))
        for version in APIVersion.allCases {
            let service = version.service(connection: connection)
            #expect(service.apiVersion == version)
            #expect(service.capabilities == version.capabilities)
        }
    }

    @Test func v3VideosTakeTheAspectRatioNearestTheSize() {
        #expect(V3AspectRatio(nearestTo: 1280, height: 720) == .landscape)
        #expect(V3AspectRatio(nearestTo: 720, height: 1280) == .portrait)
        #expect(V3AspectRatio(nearestTo: 1024, height: 1024) == .square)
    }

    @Test func v3VideoKeysFollowTheRequestBody() throws {
        let request = try V3VideoRequest(source: .look(id: "look-1"), script: "Hello", voiceID: "v", title: "T")
        let same = try V3VideoRequest(source: .look(id: "look-1"), script: "Hello", voiceID: "v", title: "T")
        let other = try V3VideoRequest(source: .look(id: "look-1"), script: "Hello!", voiceID: "v", title: "T")
        let key = try request.idempotencyKey()
        #expect(key == (try same.idempotencyKey()))
        #expect(key != (try other.idempotencyKey()))
        #expect(key.hasPrefix("pp-video-") && key.count == "pp-video-".count + 48)
    }
}
