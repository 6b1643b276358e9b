/// How the emulator's file host answers `Range` requests (a test hook for resumable downloads).
public enum RangeBehaviour: String, Sendable, CaseIterable {
    /// `206 Partial Content` from the requested byte, as S3 and CloudFront do.
    case honoured
    /// The whole file with `200 OK`, as a server without range support does.
    case ignored
    /// `206` whose `Content-Range` starts one byte early: a mismatch the client must detect.
    case misaligned
}

/// The emulator's file host: where the signed `video_url` / `subtitle_url` of a completed video point.
///
/// It lives under `/_files/` on the emulator's port but behaves as another host: it takes no API key
/// (a request carrying `X-Api-Key` or `Authorization` is refused with 400 and counted), checks the URL's
/// signature and expiry (403 once expired), and supports `Range`.
public struct FileHostConfiguration: Sendable, Equatable {
    /// How long a signed URL stays valid. Default 7 days (v1's documented validity).
    public var urlLifetime: Duration
    /// Size of every emulated MP4, in bytes. Default 200,000.
    public var videoBytes: Int
    /// How `Range` is answered. Default ``RangeBehaviour/honoured``.
    public var ranges: RangeBehaviour

    /// Creates a configuration.
    public init(
        urlLifetime: Duration = .seconds(7 * 86_400), videoBytes: Int = 200_000, ranges: RangeBehaviour = .honoured
    ) {
        self.urlLifetime = urlLifetime
        self.videoBytes = videoBytes
        self.ranges = ranges
    }
}
