import Foundation

/// HTTP methods the HeyGen API uses.
public enum HTTPMethod: String, Sendable {
    case get = "GET"
    case post = "POST"
    case delete = "DELETE"
    case patch = "PATCH"

    /// Whether repeating the request can never change server state twice (RFC 9110 §9.2.2).
    public var isIdempotent: Bool { self != .post && self != .patch }
}

/// What a request sends as its body.
public enum HTTPBody: Sendable, Equatable {
    /// No body.
    case none
    /// In-memory bytes with their media type (JSON requests).
    case data(Data, contentType: String)
    /// The raw bytes of a file, streamed from disk (HeyGen `/v1/asset` raw-body upload).
    case file(URL, contentType: String)
    /// A `multipart/form-data` body with one file part, streamed from disk (v3 `/v3/assets`).
    case multipartFile(URL, fieldName: String, fileName: String, contentType: String)
}

/// One HTTP request as the transport sees it. Header names are case-insensitive.
public struct HTTPRequest: Sendable {
    /// The HTTP method.
    public var method: HTTPMethod
    /// The absolute URL.
    public var url: URL
    /// Extra headers (name, value). The API key travels here and is redacted by every printer.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: HTTPBody
    /// Overall time limit for this request, including connect and transfer.
    public var timeout: Duration
    /// Where a successful body is written instead of memory (downloads); nil keeps it in ``HTTPResponse/body``.
    public var destination: DownloadDestination?

    /// Creates a request; `timeout` defaults to 120 s.
    public init(
        method: HTTPMethod, url: URL, headers: [(name: String, value: String)] = [], body: HTTPBody = .none,
        timeout: Duration = .seconds(120), destination: DownloadDestination? = nil
    ) {
        self.destination = destination
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The first value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A complete HTTP response.
public struct HTTPResponse: Sendable {
    /// The HTTP status code (100–599).
    public var status: Int
    /// Response headers with lower-cased names; the last value wins for repeated names.
    public var headers: [String: String]
    /// The body, at most the transport's size cap.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
        self.body = body
    }

    /// The value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// `X-Request-Id`, which HeyGen returns for support requests.
    public var requestID: String? { header("x-request-id") }
}

/// Sends HTTP requests. The libcurl transport is the production implementation.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response, or throws ``TransportError`` (or `CancellationError`).
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
