import Foundation
import HeyGen
import Synchronization

/// A clock whose sleeps return at once and advance `now`; it records every sleep.
public final class FakeClock: WaitClock {
    private let state = Mutex<(now: Duration, sleeps: [Duration])>((.zero, []))

    /// Creates a clock at time zero.
    public init() {}

    /// The time slept so far.
    public var now: Duration { state.withLock { $0.now } }
    /// Every sleep, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    public func sleep(for duration: Duration) async throws {
        state.withLock {
            $0.now += duration
            $0.sleeps.append(duration)
        }
    }
}

/// A transport that answers from a script, in order, and records the requests it was sent; once the script
/// is used up every request fails as a transport error.
public final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(script: [Result<HTTPResponse, TransportError>], sent: [HTTPRequest])>

    /// A transport that gives `script`'s answers in turn.
    public init(_ script: [Result<HTTPResponse, TransportError>]) { state = Mutex((script, [])) }

    /// The requests sent so far.
    public var sent: [HTTPRequest] { state.withLock { $0.sent } }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let next = state.withLock { state -> Result<HTTPResponse, TransportError> in
            state.sent.append(request)
            return state.script.isEmpty
                ? .failure(.other(code: -1, message: "script ended")) : state.script.removeFirst()
        }
        return try next.get()
    }
}

/// A response with a JSON (or any text) body.
public func response(_ status: Int, _ body: String, headers: [String: String] = [:]) -> HTTPResponse {
    HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
}
