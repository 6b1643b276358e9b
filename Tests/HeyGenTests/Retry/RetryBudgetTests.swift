import Foundation
import Synchronization
import TestSupport
import Testing

@testable import HeyGen

/// The retry budget is time, not a count: faults are retried with capped, jittered backoff until the
/// stated total per request is spent, and waits ride out rate limits.
@Suite struct RetryBudgetTests {
    let ok = response(200, #"{"error":null,"data":{"id":"ok"}}"#)
    let inProgress = response(409, #"{"error":{"code":"request_in_progress","message":"in progress"}}"#)
    let request = HTTPRequest(
        method: .post, url: URL(string: "http://127.0.0.1:9/v3/assets")!, headers: [("Idempotency-Key", "k-1")])

    func executor(
        _ transport: ScriptedTransport, _ clock: FakeClock, _ policy: RetryPolicy = RetryPolicy()
    )
        -> RequestExecutor
    {
        RequestExecutor(transport: transport, policy: policy, clock: clock, jitter: { 0.5 }, log: nil)
    }

    @Test func manyFaultsInARowAreRiddenOutWithinTheBudget() async throws {
        let faults: [Result<HTTPResponse, TransportError>] =
            Array(repeating: .failure(.connectionDropped("gone")), count: 4)
            + Array(repeating: .success(response(500, "{}")), count: 3) + [.success(ok)]
        let transport = ScriptedTransport(faults)
        let clock = FakeClock()
        let answer = try await executor(transport, clock).send(request, replayable: true)
        #expect(answer.status == 200)
        #expect(transport.sent.count == 8)
        #expect(clock.now <= RetryPolicy().budget)
    }

    @Test func requestInProgressIsRetriedForTheWholeBudgetNotThreeSeconds() async throws {
        let transport = ScriptedTransport(Array(repeating: .success(inProgress), count: 9) + [.success(ok)])
        let clock = FakeClock()
        let answer = try await executor(transport, clock).send(request, replayable: true)
        #expect(answer.status == 200)
        #expect(clock.now > .seconds(4))
    }

    @Test func givingUpHappensWhenTheBudgetIsSpent() async throws {
        let transport = ScriptedTransport(Array(repeating: .failure(.connectionDropped("gone")), count: 500))
        let clock = FakeClock()
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(8), budget: .seconds(60))
        await #expect(throws: HeyGenError.self) {
            _ = try await executor(transport, clock, policy).send(request, replayable: true)
        }
        #expect(clock.now <= .seconds(60))
        #expect(clock.now >= .seconds(50))
        #expect(
            policy.delay(after: .connectFailed, attempt: 2, elapsed: .seconds(59), replayable: true, jitter: 1) == nil)
    }

    @Test func aRateLimitWhilePollingWaitsRetryAfterInsteadOfAborting() async throws {
        let clock = FakeClock()
        let polls = PollCounter()
        let waiter = Waiter(policy: WaitPolicy(interval: .seconds(2), deadline: .seconds(300)), clock: clock)
        let value = try await waiter.wait {
            if polls.next() == 1 {
                throw HeyGenError.api(
                    HeyGenAPIError(
                        httpStatus: 429, code: "rate_limit_exceeded", message: "slow", retryAfter: "7", envelope: .v3))
            }
            return "completed"
        } classify: {
            StatusAcceptor.state(of: $0, message: nil)
        }
        #expect(value == "completed")
        #expect(clock.sleeps == [.seconds(7)])
    }
}

/// A thread-safe call counter.
final class PollCounter: Sendable {
    private let count = Mutex(0)
    /// Increments and returns the new count.
    func next() -> Int {
        count.withLock {
            $0 += 1; return $0
        }
    }
}
