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

/// Which failures are retried, how often and after how long (exponential backoff with full jitter).
///
/// A request that is not *replayable* (a non-idempotent create without an Idempotency-Key) is retried
/// only when the server certainly did not act on it: 429 and failed connects. After a 5xx or a dropped
/// connection such a request is handed back to the caller, which reconciles (the upload manifest).
public struct RetryPolicy: Sendable, Equatable {
    /// Total attempts including the first, 1...; default 4.
    public var maxAttempts: Int
    /// Backoff cap before jitter for the first retry; doubles each retry. Default 0.5 s.
    public var baseDelay: Duration
    /// Largest backoff before jitter. Default 30 s.
    public var maxDelay: Duration
    /// Largest `Retry-After` honoured; longer values are cut to this. Default 60 s.
    public var maxRetryAfter: Duration

    /// Creates a policy.
    public init(
        maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// Never retry.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The delay before the next attempt, or nil to give up.
    ///
    /// - Parameters:
    ///   - failure: what went wrong with attempt number `attempt` (1-based).
    ///   - replayable: whether re-sending cannot create a second copy of anything.
    ///   - jitter: a uniformly random number in `0..<1` (full jitter).
    public func delay(after failure: AttemptFailure, attempt: Int, replayable: Bool, jitter: Double) -> Duration? {
        guard attempt < maxAttempts else { return nil }
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
