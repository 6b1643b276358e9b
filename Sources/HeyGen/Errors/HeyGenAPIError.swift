/// Which response envelope an error was decoded from.
public enum Envelope: String, Sendable, Codable {
    /// v1 `{code, message}` where success is `code == 100`.
    case v1
    /// v2 `{data, error: {code, message}}`.
    case v2
    /// v3 `{error: {code, message, param, doc_url}}`.
    case v3
    /// A body that is not JSON (an HTML 404 from the edge, an empty body).
    case nonJSON
}

/// An error answer from HeyGen, whatever envelope it came in.
public struct HeyGenAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status (200 for a v1 `code != 100` answer on HTTP 200).
    public var httpStatus: Int
    /// HeyGen's code: a number for v1 (`"40001"`), a snake_case string for v2/v3 (`"invalid_parameter"`),
    /// or a code derived from the HTTP status when the body carries none.
    public var code: String
    /// HeyGen's human-readable message, or a summary of a non-JSON body.
    public var message: String
    /// The offending field for v3 validation errors.
    public var param: String?
    /// `X-Request-Id` of the response, if any.
    public var requestID: String?
    /// `Retry-After` as sent, if any.
    public var retryAfter: String?
    /// The envelope it was decoded from.
    public var envelope: Envelope

    /// Creates an error value.
    public init(
        httpStatus: Int, code: String, message: String, param: String? = nil, requestID: String? = nil,
        retryAfter: String? = nil, envelope: Envelope
    ) {
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.param = param
        self.requestID = requestID
        self.retryAfter = retryAfter
        self.envelope = envelope
    }

    /// "HeyGen HTTP 400 invalid_parameter: …"; a code that only repeats the status is left out.
    public var description: String {
        var text =
            code == String(httpStatus)
            ? "HeyGen HTTP \(httpStatus): \(message)" : "HeyGen HTTP \(httpStatus) \(code): \(message)"
        if let param { text += " (param: \(param))" }
        if let requestID { text += " [request id \(requestID)]" }
        return text
    }

    /// v1 numeric codes meaning the key is missing, wrong or expired, which HeyGen may send with HTTP 200
    /// (heygen-api.md §4.4): 40009 INVALID_CREDENTIALS, 400112 UNAUTHORIZED, 401056 ACCESS_TOKEN_EXPIRED,
    /// 401057 INVALID_ACCESS_TOKEN.
    public static let authenticationCodes: Set<String> = ["40009", "400112", "401056", "401057"]

    /// True for 401/403 answers and for the v1 authentication codes whatever the HTTP status.
    public var isAuthenticationFailure: Bool {
        httpStatus == 401 || httpStatus == 403 || (envelope == .v1 && Self.authenticationCodes.contains(code))
    }

    /// The code HeyGen's own client derives from a status when the body names none (heygen-v3.md §1.3).
    public static func code(forStatus status: Int) -> String {
        switch status {
        case 400: "validation_error"
        case 401: "unauthorized"
        case 402: "insufficient_credit"
        case 403: "forbidden"
        case 404: "not_found"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 429: "rate_limit_exceeded"
        case 500...599: "unclassified_server_error"
        default: "unclassified_client_error"
        }
    }
}
