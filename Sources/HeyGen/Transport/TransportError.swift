/// A failure below HTTP: nothing, or not all, of a response arrived.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connection could not be opened (DNS, refused, proxy). The request was never sent: safe to retry.
    case connectFailed(String)
    /// The connection broke after the request may have reached the server: the outcome is unknown.
    case connectionDropped(String)
    /// The overall or connect timeout passed. The outcome is unknown.
    case timedOut(String)
    /// The response body was larger than the cap (bytes).
    case responseTooLarge(limit: Int)
    /// TLS negotiation or certificate verification failed.
    case tls(String)
    /// A local file to upload could not be opened or sized.
    case unreadableFile(String)
    /// Any other libcurl failure (code, text).
    case other(code: Int, message: String)

    /// Whether the server can be sure not to have acted on the request.
    public var requestNeverSent: Bool {
        if case .connectFailed = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .connectFailed(let text): "could not connect: \(text)"
        case .connectionDropped(let text): "connection dropped: \(text)"
        case .timedOut(let text): "timed out: \(text)"
        case .responseTooLarge(let limit): "response larger than \(limit) bytes"
        case .tls(let text): "TLS failure: \(text)"
        case .unreadableFile(let text): "cannot read upload file: \(text)"
        case .other(let code, let text): "transfer failed (libcurl \(code)): \(text)"
        }
    }
}
