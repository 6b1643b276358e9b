internal import CCurl
internal import CCurlShim
import Foundation

/// The production transport: libcurl easy handles, one per request, each run on its own worker thread.
///
/// TLS peer and host verification are always on. Proxies come from the usual environment variables
/// (`http_proxy`, `https_proxy`, `HTTPS_PROXY`, `no_proxy`), which libcurl reads itself.
public struct CurlTransport: HTTPTransport {
    /// Time allowed to open a connection. Default 10 s.
    public var connectTimeout: Duration
    /// Largest response body accepted, in bytes. Default 8 MiB; larger answers fail with
    /// ``TransportError/responseTooLarge(limit:)``.
    public var maxResponseBytes: Int
    /// `User-Agent` header value, e.g. `photo-preflight/0.1.0`.
    public var userAgent: String

    /// Creates a transport.
    public init(userAgent: String, connectTimeout: Duration = .seconds(10), maxResponseBytes: Int = 8 << 20) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.maxResponseBytes = maxResponseBytes
        _ = CurlGlobal.initialized
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transfer = CurlTransfer(
            request: request, userAgent: userAgent, connectTimeout: connectTimeout, maxResponseBytes: maxResponseBytes)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let thread = Thread {
                    continuation.resume(with: Result { try transfer.perform() })
                }
                thread.stackSize = 1 << 20
                thread.start()
            }
        } onCancel: {
            transfer.cancel()
        }
    }
}

/// `curl_global_init` must run once, before any other thread uses libcurl.
enum CurlGlobal {
    static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK
}

extension Duration {
    /// The duration in whole milliseconds, at least 1.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
