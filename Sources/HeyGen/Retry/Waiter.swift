/// Where a polled job stands.
public enum JobState: Sendable, Equatable {
    /// Still running; the string is the status as reported.
    case pending(String)
    /// Finished successfully.
    case done
    /// Finished in failure (status, HeyGen's message).
    case failed(status: String, message: String)
}

/// Maps HeyGen status words to ``JobState`` (heygen-api.md §3, heygen-v3.md §3.4, §4.3).
///
/// Unknown words are treated as still pending, so a new intermediate status never ends a wait early.
public enum StatusAcceptor {
    /// Words meaning success: `completed`, `success`, `ready`.
    public static let successWords: Set<String> = ["completed", "success", "ready"]
    /// Words meaning failure: `failed`, `moderation_rejected`, `error`.
    public static let failureWords: Set<String> = ["failed", "moderation_rejected", "error"]

    /// Classifies `status`; `message` is used for failures.
    public static func state(of status: String?, message: String?) -> JobState {
        let word = (status ?? "pending").lowercased()
        if successWords.contains(word) { return .done }
        if failureWords.contains(word) { return .failed(status: word, message: message ?? "no message from HeyGen") }
        return .pending(word)
    }
}

/// How a waiter polls: an interval that grows by `growth` up to `maxInterval`, and an overall deadline.
public struct WaitPolicy: Sendable, Equatable {
    /// First pause between polls. Default 2 s.
    public var interval: Duration
    /// Longest pause between polls. Default 30 s.
    public var maxInterval: Duration
    /// Factor applied to the pause after each poll, ≥ 1. Default 1.5.
    public var growth: Double
    /// Overall limit from the first poll. Default 15 min.
    public var deadline: Duration

    /// Creates a policy.
    public init(
        interval: Duration = .seconds(2), maxInterval: Duration = .seconds(30), growth: Double = 1.5,
        deadline: Duration = .seconds(900)
    ) {
        self.interval = interval
        self.maxInterval = max(interval, maxInterval)
        self.growth = max(1, growth)
        self.deadline = deadline
    }
}

/// Polls until the acceptor says done or failed, or the deadline passes.
public struct Waiter: Sendable {
    /// The 429 answer `error` carries, if it is one.
    static func rateLimit(_ error: any Error) -> HeyGenAPIError? {
        guard case HeyGenError.api(let api) = error, api.httpStatus == 429 else { return nil }
        return api
    }

    /// The polling policy.
    public var policy: WaitPolicy
    /// The clock used for sleeping and the deadline.
    public var clock: any WaitClock

    /// Creates a waiter.
    public init(policy: WaitPolicy = WaitPolicy(), clock: any WaitClock = SystemWaitClock()) {
        self.policy = policy
        self.clock = clock
    }

    /// Polls `poll` until `classify` returns ``JobState/done`` (returns the last value),
    /// ``JobState/failed(status:message:)`` (throws ``HeyGenError/jobFailed(status:message:)``), or the
    /// deadline passes (throws ``HeyGenError/waitTimedOut(lastStatus:)``). A poll that fails with a 5xx or a
    /// dropped connection (after the connection's own retries) is polled again until the deadline; one
    /// answered 429 is polled again after its `Retry-After` (or the current pause).
    public func wait<Value: Sendable>(
        poll: @Sendable () async throws -> Value, classify: @Sendable (Value) -> JobState
    ) async throws -> Value {
        let start = clock.now
        var pause = policy.interval
        while true {
            let value: Value
            do {
                value = try await poll()
            } catch  where FailureKind(error) == .unknownOutcome || Self.rateLimit(error) != nil {
                // A poll that failed after its retries (5xx, dropped, 429) is not the job failing: poll again.
                let elapsed = clock.now - start
                let wait = Self.rateLimit(error).flatMap { RetryAfter.parse($0.retryAfter) } ?? pause
                guard elapsed + wait <= policy.deadline else { throw error }
                try await clock.sleep(for: wait)
                pause = min(policy.maxInterval, pause * policy.growth)
                continue
            }
            switch classify(value) {
            case .done: return value
            case .failed(let status, let message): throw HeyGenError.jobFailed(status: status, message: message)
            case .pending(let status):
                let elapsed = clock.now - start
                guard elapsed + pause <= policy.deadline else { throw HeyGenError.waitTimedOut(lastStatus: status) }
                try await clock.sleep(for: pause)
                pause = min(policy.maxInterval, pause * policy.growth)
            }
        }
    }
}
