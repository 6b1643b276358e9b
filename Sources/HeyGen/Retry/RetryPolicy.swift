/// Why one attempt did not produce a usable answer.
public enum AttemptFailure: Sendable, Equatable {
    /// HTTP 429, with the server's `Retry-After` if it sent one.
    case rateLimited(retryAfter: Duration?)
    /// HTTP 5xx: the server may have acted before failing.
    case serverError(status: Int)
    /// The connection never opened: the request was not sent.
    case connectFailed
    /// The connection dropped or timed out after the request may have arrived.
    case outcomeUnknown
    /// HTTP 409 `request_in_progress`: the same Idempotency-Key is still being processed.
    case inProgress
}

/// Which failures are retried, for how long and after which pauses: capped exponential backoff with full
/// jitter (or the server's `Retry-After`), until a time ``budget`` per request is spent. The default budget
/// is 2 minutes: a run under persistent 30 % faults completes in one go, and a request that still fails
/// after 2 minutes is reported as failed with its last error.
///
/// A request that is not *replayable* (a non-idempotent create without an Idempotency-Key) is retried
/// only when the server certainly did not act on it: 429 and failed connects. After a 5xx or a dropped
/// connection such a request is handed back to the caller, which reconciles (the upload manifest).
public struct RetryPolicy: Sendable, Equatable {
    /// Total attempts including the first, 1...; default unlimited (the ``budget`` bounds the retries).
    public var maxAttempts: Int
    /// Backoff cap before jitter for the first retry; doubles each retry. Default 0.5 s.
    public var baseDelay: Duration
    /// Largest backoff before jitter. Default 30 s.
    public var maxDelay: Duration
    /// Largest `Retry-After` honoured; longer values are cut to this. Default 60 s.
    public var maxRetryAfter: Duration
    /// Total time one request may take from its first attempt, pauses included; no retry starts that
    /// would end its pause past it. Default 120 s.
    public var budget: Duration

    /// The default time budget per request: 2 minutes.
    public static let defaultBudget = Duration.seconds(120)

    /// Creates a policy.
    public init(
        maxAttempts: Int = .max, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(60), budget: Duration = defaultBudget
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.budget = budget
    }

    /// Never retry.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The delay before the next attempt, or nil to give up.
    ///
    /// - Parameters:
    ///   - failure: what went wrong with attempt number `attempt` (1-based).
    ///   - elapsed: time since the first attempt started; no delay is returned that would end past ``budget``.
    ///   - replayable: whether re-sending cannot create a second copy of anything.
    ///   - jitter: a uniformly random number in `0..<1` (full jitter).
    public func delay(
        after failure: AttemptFailure, attempt: Int, elapsed: Duration = .zero, replayable: Bool, jitter: Double
    ) -> Duration? {
        guard attempt < maxAttempts,
            let pause = pause(after: failure, attempt: attempt, replayable: replayable, jitter: jitter),
            elapsed + pause <= budget
        else { return nil }
        return pause
    }

    private func pause(after failure: AttemptFailure, attempt: Int, replayable: Bool, jitter: Double) -> Duration? {
        switch failure {
        case .rateLimited(let retryAfter?):
            return min(retryAfter, maxRetryAfter)
        case .rateLimited(nil), .connectFailed:
            return backoff(attempt: attempt, jitter: jitter)
        case .serverError, .outcomeUnknown, .inProgress:
            return replayable ? backoff(attempt: attempt, jitter: jitter) : nil
        }
    }

    /// Full jitter: uniform in `[0, min(maxDelay, baseDelay * 2^(attempt-1))]`.
    public func backoff(attempt: Int, jitter: Double) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(maxDelay, baseDelay * (1 << exponent))
        return ceiling * min(max(jitter, 0), 1)
    }
}
