/// Probabilities (0–1) of injected faults, applied to every API request (never to `/_emulator/*`).
public struct FaultRates: Sendable, Equatable {
    /// Answer 500 without acting.
    public var error: Double
    /// Answer 429 with `Retry-After` without acting.
    public var rateLimit: Double
    /// Close the connection without answering, without acting.
    public var drop: Double
    /// Act (store the upload, create the group…), then answer 500: the "lost response" case.
    public var failAfterCommit: Double

    /// Creates rates; all default to 0.
    public init(error: Double = 0, rateLimit: Double = 0, drop: Double = 0, failAfterCommit: Double = 0) {
        self.error = error
        self.rateLimit = rateLimit
        self.drop = drop
        self.failAfterCommit = failAfterCommit
    }
}

/// How the emulator behaves.
public struct EmulatorConfiguration: Sendable {
    /// API keys it accepts. Default `["test-key"]`.
    public var apiKeys: Set<String>
    /// Time a photo avatar/look stays `pending` (v3 `processing`). Default 0.2 s.
    public var lookDelay: Duration
    /// Time training takes (pending → training → ready). Default 0.4 s.
    public var trainingDelay: Duration
    /// Time an AI photo generation takes. Default 0.2 s.
    public var generationDelay: Duration
    /// Time a video takes (pending → processing → completed). Default 0.4 s.
    public var videoDelay: Duration
    /// Added before every answer. Default 0.
    public var latency: Duration
    /// Fault probabilities.
    public var faults: FaultRates
    /// `Retry-After` seconds sent with injected 429s. Default 1.
    public var retryAfterSeconds: Int
    /// Largest upload accepted, in bytes. Default 32 MiB.
    public var maxUploadBytes: Int
    /// Looks per page of v3 lists when the request gives no `limit`. Default 20.
    public var defaultPageSize: Int
    /// Seed of the fault dice, for repeatable runs.
    public var seed: UInt64
    /// The file host serving video downloads (signed URLs, expiry, `Range`).
    public var fileHost = FileHostConfiguration()
    /// Serve HeyGen's two hosts on two ports, as the real service does: the raw-body v1 upload
    /// (`POST /v1/asset`, upload.heygen.com) only on ``HeyGenEmulator/uploadBaseURL``, every other route only
    /// on ``HeyGenEmulator/baseURL``; a request on the wrong host gets the HTML 404 the wrong real host gives.
    /// Default false: one port serves both.
    public var separateUploadHost = false
    /// How long a new group or look stays missing from the list routes (an eventually consistent index).
    /// Default 0.
    public var listLag: Duration
    /// When positive, the first request carrying an `Idempotency-Key` acts, loses its answer (the
    /// connection is dropped) and stays "in flight" this long whatever the latency: repeats of it get
    /// `409 request_in_progress` until then, and the stored answer afterwards. Default 0 (off).
    public var idempotencyHold: Duration

    /// Creates a configuration.
    public init(
        apiKeys: Set<String> = ["test-key"], lookDelay: Duration = .milliseconds(200),
        trainingDelay: Duration = .milliseconds(400), generationDelay: Duration = .milliseconds(200),
        videoDelay: Duration = .milliseconds(400), latency: Duration = .zero, faults: FaultRates = FaultRates(),
        retryAfterSeconds: Int = 1, maxUploadBytes: Int = 32 << 20, defaultPageSize: Int = 20, seed: UInt64 = 1,
        listLag: Duration = .zero, idempotencyHold: Duration = .zero
    ) {
        self.apiKeys = apiKeys
        self.lookDelay = lookDelay
        self.trainingDelay = trainingDelay
        self.generationDelay = generationDelay
        self.videoDelay = videoDelay
        self.latency = latency
        self.faults = faults
        self.retryAfterSeconds = retryAfterSeconds
        self.maxUploadBytes = maxUploadBytes
        self.defaultPageSize = defaultPageSize
        self.seed = seed
        self.listLag = listLag
        self.idempotencyHold = idempotencyHold
    }
}
