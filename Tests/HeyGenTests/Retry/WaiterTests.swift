import Synchronization
import TestSupport
import Testing

@testable import HeyGen

/// Returns the scripted statuses in order, repeating the last one.
final class StatusScript: Sendable {
    private let statuses: Mutex<[String]>
    init(_ statuses: [String]) { self.statuses = Mutex(statuses) }

    func next() -> String {
        statuses.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
    }
}

@Suite struct WaiterTests {
    func waiter(_ clock: FakeClock, deadline: Duration = .seconds(60)) -> Waiter {
        Waiter(
            policy: WaitPolicy(interval: .seconds(2), maxInterval: .seconds(5), growth: 2, deadline: deadline),
            clock: clock)
    }

    @Test func pendingThenProcessingThenCompletedReturnsTheLastValue() async throws {
        let script = StatusScript(["pending", "processing", "completed"])
        let clock = FakeClock()
        let final = try await waiter(clock).wait {
            script.next()
        } classify: {
            StatusAcceptor.state(of: $0, message: nil)
        }
        #expect(final == "completed")
        #expect(clock.sleeps == [.seconds(2), .seconds(4)])
    }

    @Test(arguments: ["success", "ready", "COMPLETED"])
    func successWordsEndTheWait(word: String) {
        #expect(StatusAcceptor.state(of: word, message: nil) == .done)
    }

    @Test func unknownStatusKeepsWaiting() {
        #expect(StatusAcceptor.state(of: "pending_consent", message: nil) == .pending("pending_consent"))
        #expect(StatusAcceptor.state(of: nil, message: nil) == .pending("pending"))
    }

    @Test func failureThrowsWithHeyGensMessage() async {
        let script = StatusScript(["pending", "moderation_rejected"])
        do {
            _ = try await waiter(FakeClock()).wait {
                script.next()
            } classify: {
                StatusAcceptor.state(of: $0, message: "No face detected")
            }
            Issue.record("expected jobFailed")
        } catch HeyGenError.jobFailed(let status, let message) {
            #expect(status == "moderation_rejected")
            #expect(message == "No face detected")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func deadlineThrowsTimeoutWithLastStatus() async {
        let clock = FakeClock()
        do {
            _ = try await waiter(clock, deadline: .seconds(12)).wait {
                "processing"
            } classify: {
                StatusAcceptor.state(of: $0, message: nil)
            }
            Issue.record("expected a timeout")
        } catch HeyGenError.waitTimedOut(let status) {
            #expect(status == "processing")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(clock.now <= .seconds(12))
        #expect(clock.sleeps == [.seconds(2), .seconds(4), .seconds(5)])
    }
}
