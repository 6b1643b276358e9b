import Foundation
import TestSupport
import Testing

@testable import HeyGen

/// A v3 create answered `409 request_in_progress` is re-sent with the same Idempotency-Key after a backoff,
/// and the replayed answer is what the caller gets (scripted answers, fake clock: no timing involved).
@Suite struct InProgressRetryTests {
    let inProgress = response(
        409, #"{"error":{"code":"request_in_progress","message":"A request with this Idempotency-Key is in progress"}}"#
    )
    let created = response(200, #"{"data":{"id":"look-1"}}"#)
    let request = HTTPRequest(
        method: .post, url: URL(string: "http://127.0.0.1:9/v3/avatars")!,
        headers: [("X-Api-Key", "sk-test-secret"), ("Idempotency-Key", "race-1")],
        body: .data(Data(#"{"type":"photo"}"#.utf8), contentType: "application/json"))

    func executor(_ transport: ScriptedTransport, clock: FakeClock) -> RequestExecutor {
        RequestExecutor(transport: transport, policy: RetryPolicy(), clock: clock, jitter: { 0.5 }, log: nil)
    }

    @Test func conflictThenSuccessReturnsTheSuccessWithTheSameKey() async throws {
        let transport = ScriptedTransport([.success(inProgress), .success(created)])
        let clock = FakeClock()
        let answer = try await executor(transport, clock: clock).send(request, replayable: true)
        #expect(answer.status == 200)
        #expect(answer.body == created.body)
        #expect(transport.sent.count == 2)
        #expect(transport.sent.map { $0.header("Idempotency-Key") } == ["race-1", "race-1"])
        #expect(clock.sleeps.count == 1)
    }

    @Test func aNonReplayableCreateIsNotResentAfterAConflict() async throws {
        let transport = ScriptedTransport([.success(inProgress), .success(created)])
        let answer = try await executor(transport, clock: FakeClock()).send(request, replayable: false)
        #expect(answer.status == 409)
        #expect(transport.sent.count == 1)
    }
}
