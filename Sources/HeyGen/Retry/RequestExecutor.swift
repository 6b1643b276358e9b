import Foundation

/// Sends one request through the transport, retrying as the ``RetryPolicy`` allows.
struct RequestExecutor: Sendable {
    let transport: any HTTPTransport
    let policy: RetryPolicy
    let clock: any WaitClock
    let jitter: @Sendable () -> Double
    let log: (@Sendable (String) -> Void)?

    /// Returns the final HTTP response (which may be an error answer the caller decodes), or throws
    /// ``HeyGenError/transport(_:)`` when no response arrived.
    func send(_ request: HTTPRequest, replayable: Bool) async throws -> HTTPResponse {
        var attempt = 1
        let start = clock.now
        while true {
            try Task.checkCancellation()
            let failure: AttemptFailure
            var lastResponse: HTTPResponse?
            var lastError: TransportError?
            log?("\(request.method.rawValue) \(Self.logged(request.url)) attempt \(attempt)")
            do {
                let response = try await transport.send(request)
                log?("\(request.method.rawValue) \(request.url.path) -> \(response.status)")
                switch response.status {
                case 429: failure = .rateLimited(retryAfter: RetryAfter.parse(response.header("retry-after")))
                case 500...599: failure = .serverError(status: response.status)
                case 409 where EnvelopeDecoder.apiError(in: response)?.code == "request_in_progress":
                    failure = .inProgress
                default: return response
                }
                lastResponse = response
            } catch let error as TransportError {
                log?("\(request.method.rawValue) \(request.url.path) failed: \(error)")
                failure = error.requestNeverSent ? .connectFailed : .outcomeUnknown
                lastError = error
            }
            let elapsed = clock.now - start
            guard
                let delay = policy.delay(
                    after: failure, attempt: attempt, elapsed: elapsed, replayable: replayable, jitter: jitter())
            else {
                if attempt > 1 {
                    log?(
                        "\(request.method.rawValue) \(request.url.path): giving up after \(attempt) attempts in \(elapsed)"
                    )
                }
                if let lastResponse { return lastResponse }
                throw HeyGenError.transport(lastError ?? .other(code: -1, message: "no response"))
            }
            try await clock.sleep(for: delay)
            attempt += 1
        }
    }

    /// The URL as logged: scheme, host, port and path, with any query replaced by `?…` (a signed download
    /// URL carries its credential there).
    static func logged(_ url: URL) -> String {
        var parts = URLComponents(url: url, resolvingAgainstBaseURL: false) ?? URLComponents()
        let hadQuery = parts.query != nil
        parts.query = nil
        parts.fragment = nil
        parts.user = nil
        parts.password = nil
        return (parts.string ?? url.path) + (hadQuery ? "?…" : "")
    }
}
