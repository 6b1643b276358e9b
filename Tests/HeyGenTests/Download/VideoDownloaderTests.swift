import Foundation
import TestSupport
import Testing

@testable import HeyGen

/// The downloader's requests, seen at the transport: no key on the file host, fresh URLs after a refusal.
@Suite struct VideoDownloaderTests {
    static func status(_ url: String, captions: String? = nil) -> HTTPResponse {
        let subtitles = captions.map { ", \"subtitle_url\": \"\($0)\"" } ?? ""
        return response(
            200, "{\"data\": {\"id\": \"vid1\", \"status\": \"completed\", \"video_url\": \"\(url)\"\(subtitles)}}")
    }

    func target() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("v.mp4")
    }

    @Test func theFileHostNeverGetsTheKeyAndEachRefusalFetchesFreshURLs() async throws {
        let file = "https://files.example.com/v.mp4?Signature=s"
        let transport = ScriptedTransport([
            .success(Self.status(file)), .success(response(403, "<Error/>")),
            .success(Self.status(file)), .success(response(404, "<Error/>")),
            .success(Self.status(file)), .success(response(410, "<Error/>")),
        ])
        let api = HeyGenV3API(connection: connection(transport))
        await #expect(throws: HeyGenError.self) {
            _ = try await V3Backend(api: api).downloadVideo(id: "vid1", to: try target())
        }
        let sent = transport.sent
        #expect(sent.count == 6)
        for request in sent {
            let onFileHost = request.url.host == "files.example.com"
            #expect((request.header("X-Api-Key") == nil) == onFileHost, "\(request.url)")
            #expect(request.header("Authorization") == nil)
            #expect((request.destination != nil) == onFileHost)
        }
    }

    @Test func aPlainHTTPDownloadURLIsRefusedBeforeAnyFileRequest() async throws {
        let transport = ScriptedTransport([.success(Self.status("http://files.example.com/v.mp4"))])
        let api = HeyGenV3API(connection: connection(transport))
        await #expect(throws: HeyGenError.self) {
            _ = try await V3Backend(api: api).downloadVideo(id: "vid1", to: try target())
        }
        #expect(transport.sent.count == 1)
    }

    @Test func aResumedRequestAsksForTheRestOfThePartialFile() async throws {
        let output = try target()
        try Data(repeating: 7, count: 1234).write(to: URL(fileURLWithPath: output.path + ".part"))
        let transport = ScriptedTransport([
            .success(Self.status("https://files.example.com/v.mp4")), .success(response(500, "")),
        ])
        let api = HeyGenV3API(connection: connection(transport))
        await #expect(throws: HeyGenError.self) {
            _ = try await V3Backend(api: api).downloadVideo(id: "vid1", to: output)
        }
        let file = try #require(transport.sent.last)
        #expect(file.header("Range") == "bytes=1234-")
        #expect(
            file.destination == DownloadDestination(file: URL(fileURLWithPath: output.path + ".part"), offset: 1234))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
