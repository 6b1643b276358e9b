import Foundation
import Synchronization

@testable import HeyGen

/// A clock whose sleeps return at once and advance `now`; it records every sleep.
final class FakeClock: WaitClock {
    private let state = Mutex<(now: Duration, sleeps: [Duration])>((.zero, []))

    var now: Duration { state.withLock { $0.now } }
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func sleep(for duration: Duration) async throws {
        state.withLock {
            $0.now += duration
            $0.sleeps.append(duration)
        }
    }
}

/// A transport that answers from a script, in order, and records the requests it was sent.
final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(script: [Result<HTTPResponse, TransportError>], sent: [HTTPRequest])>

    init(_ script: [Result<HTTPResponse, TransportError>]) { state = Mutex((script, [])) }

    var sent: [HTTPRequest] { state.withLock { $0.sent } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let next = state.withLock { state -> Result<HTTPResponse, TransportError> in
            state.sent.append(request)
            return state.script.isEmpty
                ? .failure(.other(code: -1, message: "script ended")) : state.script.removeFirst()
        }
        return try next.get()
    }
}

/// Builds a response with a JSON (or any text) body.
func response(_ status: Int, _ body: String, headers: [String: String] = [:]) -> HTTPResponse {
    HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
}

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
