import Foundation
internal import PreflightSupport

/// Builds authenticated requests, sends them with retries and decodes the envelopes.
/// Shared by the v2 and v3 API types.
public struct HeyGenConnection: Sendable {
    /// The configuration in use.
    public let configuration: HeyGenConfiguration
    let executor: RequestExecutor

    /// Creates a connection.
    ///
    /// - Parameters:
    ///   - transport: defaults to ``CurlTransport`` with the `photo-preflight/<version>` User-Agent.
    ///   - clock: used for retry pauses.
    ///   - jitter: uniform random in `0..<1` for backoff.
    ///   - log: receives one line per attempt (method, URL, status); the API key is redacted.
    public init(
        configuration: HeyGenConfiguration,
        transport: any HTTPTransport = CurlTransport(userAgent: ClientIdentity.userAgent),
        clock: any WaitClock = SystemWaitClock(),
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        log: (@Sendable (String) -> Void)? = nil
    ) {
        self.configuration = configuration
        let key = configuration.apiKey
        self.executor = RequestExecutor(
            transport: transport, policy: configuration.retryPolicy, clock: clock, jitter: jitter,
            log: log.map { sink in { @Sendable line in sink(key.redact(line)) } })
    }

    /// Sends a request and decodes its payload.
    ///
    /// - Parameter replayable: whether a 5xx or dropped connection may be retried; defaults to the
    ///   method's idempotency.
    func call<T: Decodable>(
        _ method: HTTPMethod, _ path: String, host: HeyGenHost = .api, query: [URLQueryItem] = [],
        body: HTTPBody = .none, headers: [(name: String, value: String)] = [], replayable: Bool? = nil,
        location: PayloadLocation = .data, as type: T.Type = T.self
    ) async throws -> T {
        let response = try await send(
            method, path, host: host, query: query, body: body, headers: headers, replayable: replayable)
        do {
            return try EnvelopeDecoder.decode(T.self, from: response, location: location)
        } catch let error as HeyGenError {
            throw error.redacting(configuration.apiKey)
        }
    }

    /// Sends a request and returns the raw final response (no envelope decoding). Refuses plain http
    /// to anything but loopback (``BaseURLPolicy``); errors never carry the key.
    func send(
        _ method: HTTPMethod, _ path: String, host: HeyGenHost = .api, query: [URLQueryItem] = [],
        body: HTTPBody = .none, headers: [(name: String, value: String)] = [], replayable: Bool? = nil
    ) async throws -> HTTPResponse {
        do {
            return try await sendUnredacted(
                method, path, host: host, query: query, body: body, headers: headers, replayable: replayable)
        } catch let error as HeyGenError {
            throw error.redacting(configuration.apiKey)
        }
    }

    private func sendUnredacted(
        _ method: HTTPMethod, _ path: String, host: HeyGenHost, query: [URLQueryItem], body: HTTPBody,
        headers: [(name: String, value: String)], replayable: Bool?
    ) async throws -> HTTPResponse {
        let base = host == .api ? configuration.apiBase : configuration.uploadBase
        try BaseURLPolicy.check(base)
        guard var components = URLComponents(url: base, resolvingAgainstBaseURL: false) else {
            throw HeyGenError.invalidRequest("bad base URL \(base)")
        }
        components.path = components.path.trimmingSuffix("/") + path
        if !query.isEmpty { components.percentEncodedQuery = Self.encodedQuery(query) }
        guard let url = components.url else { throw HeyGenError.invalidRequest("bad path \(path)") }
        let isUpload: Bool
        switch body {
        case .file, .multipartFile: isUpload = true
        case .none, .data: isUpload = false
        }
        let request = HTTPRequest(
            method: method, url: url,
            headers: [("X-Api-Key", configuration.apiKey.value), ("Accept", "application/json")] + headers,
            body: body, timeout: isUpload ? configuration.uploadTimeout : configuration.requestTimeout)
        return try await executor.send(request, replayable: replayable ?? method.isIdempotent)
    }

    /// `name=value&…` with everything but RFC 3986 unreserved characters percent-encoded, so a
    /// pagination token holding `+`, `/`, `=` or `&` reaches the server unchanged.
    static func encodedQuery(_ items: [URLQueryItem]) -> String {
        var unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        unreserved.insert(charactersIn: "0123456789-._~")
        func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }
        return items.map { item in encode(item.name) + (item.value.map { "=" + encode($0) } ?? "") }
            .joined(separator: "&")
    }

    /// Encodes `value` as a JSON body.
    static func json<Value: Encodable>(_ value: Value) throws -> HTTPBody {
        return .data(try JSONCoding.encoder().encode(value), contentType: "application/json")
    }
}

/// Checks an id before it is put into a URL path: 1–128 characters of `[A-Za-z0-9_.:-]`.
func validatedID(_ id: String, _ what: String) throws -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-")
    guard (1...128).contains(id.count), id.allSatisfy(allowed.contains), id != ".", id != ".." else {
        throw HeyGenError.invalidRequest("\(what) must be 1–128 characters of letters, digits, '_', '.', ':' or '-'")
    }
    return id
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}

/// A payload whose content is ignored (deletes answer `data: null` or an id).
public struct IgnoredPayload: Decodable, Sendable {
    public init(from decoder: any Decoder) throws {}
}
