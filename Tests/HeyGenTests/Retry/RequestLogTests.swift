import Foundation
import Synchronization
import TestSupport
import Testing

@testable import HeyGen

/// `--verbose` logs each request, but never a signed URL's query (its signature is a credential) nor the key.
@Suite struct RequestLogTests {
    @Test func theLogShowsTheHostAndPathButNotTheQuery() async throws {
        let lines = Mutex<[String]>([])
        let transport = ScriptedTransport([.success(response(200, "{}"))])
        let executor = RequestExecutor(
            transport: transport, policy: RetryPolicy(), clock: FakeClock(), jitter: { 0.5 },
            log: { line in lines.withLock { $0.append(line) } })
        let url = URL(string: "https://files.example.com/video/v1.mp4?X-Amz-Signature=deadbeef&Expires=9")!
        let request = HTTPRequest(
            method: .get, url: url, headers: [("X-Api-Key", "sk-test-secret")], body: .none)
        _ = try await executor.send(request, replayable: true)
        let logged = lines.withLock { $0 }
        #expect(logged.first == "GET https://files.example.com/video/v1.mp4?… attempt 1")
        #expect(!logged.contains { $0.contains("deadbeef") || $0.contains("sk-test-secret") })
    }

    @Test func aURLWithoutQueryIsLoggedWhole() {
        #expect(
            RequestExecutor.logged(URL(string: "http://127.0.0.1:8080/v2/photo_avatar")!)
                == "http://127.0.0.1:8080/v2/photo_avatar")
    }
}
