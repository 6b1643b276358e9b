import Foundation
import TestSupport

@testable import HeyGen

/// A connection over `transport` with a fake clock and no jitter randomness (jitter 0.5).
func connection(
    _ transport: ScriptedTransport, clock: FakeClock = FakeClock(), policy: RetryPolicy = RetryPolicy(),
    key: String = "sk-test-secret", log: (@Sendable (String) -> Void)? = nil
) -> HeyGenConnection {
    let configuration = HeyGenConfiguration(
        apiKey: APIKey(key)!, apiBase: URL(string: "http://127.0.0.1:9")!,
        uploadBase: URL(string: "http://127.0.0.1:9")!, retryPolicy: policy)
    return HeyGenConnection(configuration: configuration, transport: transport, clock: clock, jitter: { 0.5 }, log: log)
}
