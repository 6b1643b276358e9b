import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// Videos and the emulator's file host, for the download and library tests.
extension Harness {
    /// A completed v3 video of a fresh prompt look; returns its id.
    func completedVideo(_ api: HeyGenV3API, title: String = "clip") async throws -> String {
        let backend = V3Backend(api: api)
        let look = try await backend.generateLook(try PromptLookRequest(name: "Presenter", prompt: "A presenter"))
        _ = try await Waiter(policy: fastWait).wait {
            try await backend.avatar(id: look.lookID)
        } classify: {
            $0.state
        }
        let id = try await api.createVideo(
            try V3VideoRequest(source: .look(id: look.lookID), script: "Hello", voiceID: nil, title: title),
            idempotencyKey: nil)
        _ = try await Waiter(policy: fastWait).wait {
            try await api.videoStatus(id: id)
        } classify: {
            $0.state
        }
        return id
    }

    /// `POST /_emulator/downloads/expire`: every signed URL handed out so far now answers 403.
    func expireSignedURLs() async throws {
        let answer = try await CurlTransport(userAgent: "tests").send(
            HTTPRequest(method: .post, url: baseURL.appendingPathComponent("_emulator/downloads/expire")))
        #expect(answer.status == 200)
    }

    /// `GET /_emulator/downloads`: what the file host saw.
    func fileHostLog() async throws -> FileHostStats {
        let answer = try await CurlTransport(userAgent: "tests").send(
            HTTPRequest(method: .get, url: baseURL.appendingPathComponent("_emulator/downloads")))
        return try JSONDecoder().decode(FileHostStats.self, from: answer.body)
    }
}

/// The file host's log.
struct FileHostStats: Decodable {
    var requests: Int
    var withAPIKey: Int
    var ranges: [String]

    enum CodingKeys: String, CodingKey {
        case requests, ranges
        case withAPIKey = "with_api_key"
    }
}

/// Emulator settings with short delays for video tests.
func quickVideos(_ fileHost: FileHostConfiguration = FileHostConfiguration()) -> EmulatorConfiguration {
    var configuration = EmulatorConfiguration(lookDelay: .milliseconds(20), videoDelay: .milliseconds(40))
    configuration.fileHost = fileHost
    return configuration
}
