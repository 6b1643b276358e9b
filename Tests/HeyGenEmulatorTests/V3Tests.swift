import Foundation
import HeyGenEmulator
import Testing

@testable import HeyGen

/// The v3 surface: workflow, pagination, Idempotency-Key replay and 409, v3 errors.
@Suite struct V3Tests {
    func photos(_ count: Int) throws -> [URL] {
        try TestPhotos.writeJPEGs(count, into: TestPhotos.temporaryFolder("v3"))
    }

    @Test func uploadCreateAddWaitRenderAndDelete() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .milliseconds(50)))
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let files = try photos(2)
        let first = try await api.uploadAsset(file: files[0], contentType: .jpeg, idempotencyKey: "k-1")
        #expect(first.mimeType == "image/jpeg")
        let created = try await api.createPhotoAvatar(
            name: "V3", assetID: first.assetID, groupID: nil, idempotencyKey: "a-1")
        let look = try #require(created.avatarItem)
        let group = try #require(created.avatarGroup)
        #expect(look.status == "processing")
        #expect(look.previewImageURL == nil)
        let second = try await api.uploadAsset(file: files[1], contentType: .jpeg, idempotencyKey: "k-2")
        let added = try await api.createPhotoAvatar(
            name: "V3", assetID: second.assetID, groupID: group.id, idempotencyKey: "a-2")
        #expect(added.avatarItem?.groupID == group.id)
        let ready = try await Waiter(policy: fastWait).wait {
            try await api.look(id: look.id)
        } classify: {
            $0.state
        }
        #expect(ready.previewImageURL != nil)
        #expect(ready.imageWidth == 640)
        let video = try await api.createVideo(
            try V3VideoRequest(source: .look(id: look.id), script: "Hello", voiceID: "v", aspectRatio: .portrait),
            idempotencyKey: "v-1")
        let rendered = try await Waiter(policy: fastWait).wait {
            try await api.videoStatus(id: video)
        } classify: {
            StatusAcceptor.state(of: $0.status, message: $0.failureMessage)
        }
        #expect(rendered.videoURL != nil)
        let fromImage = try await api.createVideo(
            try V3VideoRequest(source: .image(assetID: second.assetID), script: "Hi", voiceID: "v"), idempotencyKey: nil
        )
        #expect(try await api.videoStatus(id: fromImage).status != "failed")
        try await api.deleteLook(id: look.id)
        try await api.deleteLook(id: try #require(added.avatarItem?.id))
        await #expect(throws: HeyGenError.self) { _ = try await api.group(id: group.id) }
    }

    @Test func listsFollowTheCursorPastOnePage() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .zero, defaultPageSize: 4))
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let files = try photos(11)
        var groupID: String?
        for file in files {
            let asset = try await api.uploadAsset(file: file, contentType: .jpeg, idempotencyKey: nil)
            let created = try await api.createPhotoAvatar(
                name: "Paged", assetID: asset.assetID, groupID: groupID, idempotencyKey: nil)
            groupID = created.avatarGroup?.id
        }
        let firstPage = try await api.looksPage(groupID: groupID)
        #expect(firstPage.data.count == 4)
        #expect(firstPage.hasMore)
        let all = try await api.allLooks(groupID: groupID, pageSize: 3)
        #expect(all.count == 11)
        #expect(Set(all.map(\.id)).count == 11)
        #expect(try await api.allGroups(pageSize: 1).map(\.name) == ["Paged"])
        await #expect(throws: HeyGenError.self) { _ = try await api.looksPage(groupID: groupID, token: "bogus") }
    }

    @Test func replayAfterFailAfterCommitMakesExactlyOneLook() async throws {
        let harness = try await Harness.start(EmulatorConfiguration(lookDelay: .zero))
        defer { Task { await harness.stop() } }
        let api = harness.v3()
        let asset = try await api.uploadAsset(file: try photos(1)[0], contentType: .jpeg, idempotencyKey: "u-1")
        try await harness.queueFault("fail_after_commit")
        let created = try await api.createPhotoAvatar(
            name: "Once", assetID: asset.assetID, groupID: nil, idempotencyKey: "avatar-once")
        let stats = try await harness.stats()
        #expect(stats.looksCreated == 1)
        #expect(stats.groupsCreated == 1)
        #expect(stats.idempotentReplays == 1)
        #expect(stats.faults["fail_after_commit"] == 1)
        #expect(try await api.allLooks(groupID: created.avatarGroup?.id).map(\.id) == [created.avatarItem?.id])
    }

    @Test func v3ErrorsCarryCodeAndParam() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        do {
            _ = try await harness.v3(key: "wrong").allGroups()
            Issue.record("expected 401")
        } catch HeyGenError.api(let error) {
            #expect(error.httpStatus == 401)
            #expect(error.code == "unauthorized")
            #expect(error.envelope == .v3)
        }
        let transport = CurlTransport(userAgent: "tests")
        let answer = try await transport.send(
            HTTPRequest(
                method: .post, url: harness.baseURL.appendingPathComponent("v3/assets"),
                headers: [("X-Api-Key", Harness.key)], body: .data(Data("{}".utf8), contentType: "application/json")))
        let error = EnvelopeDecoder.apiError(in: answer)
        #expect(error?.code == "invalid_parameter")
        #expect(error?.param == "file")
        do {
            _ = try await harness.v3().createPhotoAvatar(name: "X", assetID: "nope", groupID: nil, idempotencyKey: nil)
            Issue.record("expected 400")
        } catch HeyGenError.api(let error) {
            #expect(error.param == "file")
        }
    }

    @Test func idempotencyKeysAreStableValidAndDistinct() {
        let upload = IdempotencyKey.derive(operation: "upload", contentHash: "abc")
        #expect(upload == IdempotencyKey.derive(operation: "upload", contentHash: "abc"))
        #expect(upload != IdempotencyKey.derive(operation: "avatar", contentHash: "abc"))
        #expect(
            IdempotencyKey.derive(operation: "avatar", scope: "group:a", contentHash: "abc")
                != IdempotencyKey.derive(operation: "avatar", scope: "group:b", contentHash: "abc"))
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-")
        #expect(upload.allSatisfy(allowed.contains) && (1...255).contains(upload.count))
    }
}

/// Lets a test build a JSON body of mixed values.
struct AnyEncodable: Encodable, ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral {
    let encodeValue: @Sendable (any Encoder) throws -> Void

    init(stringLiteral value: String) { encodeValue = { try value.encode(to: $0) } }

    init(dictionaryLiteral elements: (String, String)...) {
        let dictionary = Dictionary(uniqueKeysWithValues: elements)
        encodeValue = { try dictionary.encode(to: $0) }
    }

    init(_ value: String) { self.init(stringLiteral: value) }

    func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}
