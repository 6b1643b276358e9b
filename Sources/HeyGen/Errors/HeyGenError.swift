/// Everything the HeyGen client can throw. Messages never contain the API key.
public enum HeyGenError: Error, Sendable, CustomStringConvertible {
    /// HeyGen answered with an error envelope (or a non-JSON error body).
    case api(HeyGenAPIError)
    /// The network failed below HTTP.
    case transport(TransportError)
    /// A request failed local validation before anything was sent.
    case invalidRequest(String)
    /// A success answer could not be decoded into the expected shape.
    case unexpectedResponse(String)
    /// A polled job ended in a failure state (status, HeyGen's message).
    case jobFailed(status: String, message: String)
    /// A waiter's overall deadline passed while the job was still in `lastStatus`.
    case waitTimedOut(lastStatus: String)
    /// The command needs an endpoint this API version does not have.
    case unsupported(String)

    public var description: String {
        switch self {
        case .api(let error): error.description
        case .transport(let error): error.description
        case .invalidRequest(let text): "invalid request: \(text)"
        case .unexpectedResponse(let text): "unexpected response from HeyGen: \(text)"
        case .jobFailed(let status, let message): "job ended \(status): \(message)"
        case .waitTimedOut(let status): "gave up waiting; last status was \(status)"
        case .unsupported(let text): text
        }
    }

    /// True for 401/403 answers and v1 authentication codes (even on HTTP 200): the key is missing,
    /// wrong or lacks permission.
    public var isAuthenticationFailure: Bool {
        if case .api(let error) = self { return error.isAuthenticationFailure }
        return false
    }
}
