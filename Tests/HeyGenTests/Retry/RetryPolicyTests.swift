import Foundation
import TestSupport
import Testing

@testable import HeyGen

@Suite struct RetryPolicyTests {
    @Test func backoffCeilingDoublesUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .seconds(1), maxDelay: .seconds(5))
        #expect(policy.backoff(attempt: 1, jitter: 1) == .seconds(1))
        #expect(policy.backoff(attempt: 2, jitter: 1) == .seconds(2))
        #expect(policy.backoff(attempt: 3, jitter: 1) == .seconds(4))
        #expect(policy.backoff(attempt: 4, jitter: 1) == .seconds(5))
        #expect(policy.backoff(attempt: 3, jitter: 0.25) == .seconds(1))
        #expect(policy.backoff(attempt: 3, jitter: 0) == .zero)
    }

    @Test func nonReplayableRequestsAreNotRetriedAfterTheServerMayHaveActed() {
        let policy = RetryPolicy()
        #expect(policy.delay(after: .serverError(status: 500), attempt: 1, replayable: false, jitter: 0.5) == nil)
        #expect(policy.delay(after: .outcomeUnknown, attempt: 1, replayable: false, jitter: 0.5) == nil)
        #expect(policy.delay(after: .connectFailed, attempt: 1, replayable: false, jitter: 0.5) != nil)
        #expect(policy.delay(after: .rateLimited(retryAfter: nil), attempt: 1, replayable: false, jitter: 0.5) != nil)
        #expect(policy.delay(after: .serverError(status: 503), attempt: 1, replayable: true, jitter: 0.5) != nil)
    }

    @Test func retryAfterIsHonouredAndCapped() {
        let policy = RetryPolicy(maxRetryAfter: .seconds(10))
        #expect(
            policy.delay(after: .rateLimited(retryAfter: .seconds(3)), attempt: 1, replayable: false, jitter: 0)
                == .seconds(3))
        #expect(
            policy.delay(after: .rateLimited(retryAfter: .seconds(120)), attempt: 1, replayable: false, jitter: 0)
                == .seconds(10))
    }

    @Test func attemptsAreBounded() {
        let policy = RetryPolicy(maxAttempts: 3)
        #expect(policy.delay(after: .connectFailed, attempt: 2, replayable: true, jitter: 0.5) != nil)
        #expect(policy.delay(after: .connectFailed, attempt: 3, replayable: true, jitter: 0.5) == nil)
    }

    @Test func retryAfterParsesSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.parse("3", now: now) == .seconds(3))
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:49:47 GMT", now: now) == .seconds(10))
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:49:00 GMT", now: now) == .zero)
        #expect(RetryAfter.parse("soon", now: now) == nil)
        #expect(RetryAfter.parse(nil, now: now) == nil)
    }

    @Test func retryAfterReadsHugeValuesAsTheLongestWait() {
        let now = Date(timeIntervalSince1970: 784_111_777)
        let longest = Duration.seconds(RetryAfter.longestSeconds)
        #expect(RetryAfter.parse("1e308", now: now) == longest)
        #expect(RetryAfter.parse("99999999999999999999", now: now) == longest)
        #expect(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", now: now) == longest)
        #expect(RetryAfter.parse("inf", now: now) == nil)
    }

    @Test func retryAfterDatesAreStrictIMFFixdates() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:50:37 GMT", now: now) == .seconds(60))
        #expect(RetryAfter.parse("Sun, 6 Nov 1994 08:50:37 GMT", now: now) == nil)
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:50:37 UTC", now: now) == nil)
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 +8:50:37 GMT", now: now) == nil)
        #expect(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", now: now) == nil)
        // Foundation's DateFormatter stopped the process on this one (Thaana letter in the month).
        #expect(RetryAfter.parse("W 1\u{07B0}ct 2 07:28:0 GMT", now: now) == nil)
    }
}

@Suite struct RequestExecutorTests {
    @Test func rateLimitedRequestWaitsRetryAfterThenSucceeds() async throws {
        let transport = ScriptedTransport([
            .success(
                response(
                    429, #"{"error":{"code":"rate_limit_exceeded","message":"slow"}}"#, headers: ["Retry-After": "3"])),
            .success(response(200, #"{"error":null,"data":{"id":"ok"}}"#)),
        ])
        let clock = FakeClock()
        let value: Payload = try await connection(transport, clock: clock).call(.post, "/v2/x")
        #expect(value.id == "ok")
        #expect(clock.sleeps == [.seconds(3)])
        #expect(transport.sent.count == 2)
    }

    @Test func serverErrorOnGetIsRetriedWithJitteredBackoff() async throws {
        let transport = ScriptedTransport([
            .success(response(502, "<html><title>Bad Gateway</title></html>")),
            .failure(.connectionDropped("reset")),
            .success(response(200, #"{"error":null,"data":{"id":"ok"}}"#)),
        ])
        let clock = FakeClock()
        let policy = RetryPolicy(maxAttempts: 4, baseDelay: .seconds(1))
        let _: Payload = try await connection(transport, clock: clock, policy: policy).call(.get, "/v2/x")
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1)])
    }

    @Test func serverErrorOnCreateIsReturnedNotResent() async {
        let transport = ScriptedTransport([
            .success(response(500, #"{"data":null,"error":{"code":"internal_error","message":"boom"}}"#)),
            .success(response(200, #"{"error":null,"data":{"id":"dup"}}"#)),
        ])
        await #expect(throws: HeyGenError.self) {
            let _: Payload = try await connection(transport).call(.post, "/v2/photo_avatar/avatar_group/create")
        }
        #expect(transport.sent.count == 1)
    }

    @Test func droppedCreateThrowsTransportErrorWithoutResending() async {
        let transport = ScriptedTransport([.failure(.connectionDropped("empty reply"))])
        do {
            let _: Payload = try await connection(transport).call(.post, "/v1/asset")
            Issue.record("expected a transport error")
        } catch HeyGenError.transport(let error) {
            #expect(error == .connectionDropped("empty reply"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(transport.sent.count == 1)
    }

    @Test func givesUpAfterMaxAttemptsAndReturnsTheLastAnswer() async {
        let limited = response(429, #"{"error":{"code":"rate_limit_exceeded","message":"slow"}}"#)
        let transport = ScriptedTransport(Array(repeating: .success(limited), count: 5))
        let clock = FakeClock()
        do {
            let _: Payload = try await connection(transport, clock: clock, policy: RetryPolicy(maxAttempts: 3))
                .call(.get, "/v2/x")
            Issue.record("expected an API error")
        } catch HeyGenError.api(let error) {
            #expect(error.httpStatus == 429)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(transport.sent.count == 3)
        #expect(clock.sleeps.count == 2)
    }
}
