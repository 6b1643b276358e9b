/// Time as the retry loop and the waiter see it; tests inject a fake that advances instantly.
public protocol WaitClock: Sendable {
    /// Monotonic time since an arbitrary origin.
    var now: Duration { get }
    /// Suspends for `duration` (or less if cancelled, which throws).
    func sleep(for duration: Duration) async throws
}

/// The real monotonic clock.
public struct SystemWaitClock: WaitClock {
    private let origin = ContinuousClock.now

    /// Creates a clock whose origin is now.
    public init() {}

    public var now: Duration { ContinuousClock.now - origin }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
