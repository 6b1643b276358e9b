import Foundation

/// Where and how the client talks to HeyGen.
public struct HeyGenConfiguration: Sendable {
    /// The API key, sent as `X-Api-Key`.
    public var apiKey: APIKey
    /// Base URL of the API host. Default `https://api.heygen.com`.
    public var apiBase: URL
    /// Base URL of the v1/v2 upload host. Default `https://upload.heygen.com`.
    public var uploadBase: URL
    /// Overall limit for one JSON request. Default 120 s (HeyGen's video create has a p99 near 31 s).
    public var requestTimeout: Duration
    /// Overall limit for one upload. Default 600 s.
    public var uploadTimeout: Duration
    /// Retry policy for every request.
    public var retryPolicy: RetryPolicy

    /// The production API host.
    public static let defaultAPIBase = URL(string: "https://api.heygen.com")!
    /// The production upload host.
    public static let defaultUploadBase = URL(string: "https://upload.heygen.com")!

    /// Creates a configuration.
    public init(
        apiKey: APIKey, apiBase: URL = defaultAPIBase, uploadBase: URL = defaultUploadBase,
        requestTimeout: Duration = .seconds(120), uploadTimeout: Duration = .seconds(600),
        retryPolicy: RetryPolicy = RetryPolicy()
    ) {
        self.apiKey = apiKey
        self.apiBase = apiBase
        self.uploadBase = uploadBase
        self.requestTimeout = requestTimeout
        self.uploadTimeout = uploadTimeout
        self.retryPolicy = retryPolicy
    }
}

/// Which host a path lives on.
enum HeyGenHost {
    case api
    case upload
}
