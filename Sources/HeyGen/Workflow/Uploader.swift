import Foundation

/// Settings of one upload run.
public struct UploadOptions: Sendable {
    /// The avatar group's name (also the name given to added looks).
    public var groupName: String
    /// Requests in flight at once, 1–16. Default 4.
    public var concurrency: Int
    /// Train the group after all looks are ready (v2 only).
    public var train: Bool
    /// Wait for looks (and training) to finish. Default true.
    public var wait: Bool
    /// Polling policy for the waits.
    public var waitPolicy: WaitPolicy
    /// Attempts per step when the outcome of a create is unknown. Default 3.
    public var attemptsPerStep: Int
    /// After a create whose outcome is unknown, how long to keep looking for what it may have made before
    /// re-sending it, when creates are not idempotent (v2: lists may lag behind creates). Polled at the
    /// ``waitPolicy`` pauses. Default 60 s.
    public var reconcileWindow: Duration

    /// Creates options.
    public init(
        groupName: String, concurrency: Int = 4, train: Bool = false, wait: Bool = true,
        waitPolicy: WaitPolicy = WaitPolicy(), attemptsPerStep: Int = 3, reconcileWindow: Duration = .seconds(60)
    ) {
        self.groupName = groupName
        self.concurrency = min(16, max(1, concurrency))
        self.train = train
        self.wait = wait
        self.waitPolicy = waitPolicy
        self.attemptsPerStep = max(1, attemptsPerStep)
        self.reconcileWindow = reconcileWindow
    }
}

/// Gated, resumable upload of photos into one photo-avatar group.
///
/// Every photo goes through the ``PhotoGate``; only accepted bytes are uploaded. Progress is written to
/// the manifest after every step, so a re-run skips finished work and never uploads the same bytes twice.
/// The group is created from the first photo uploaded, the others are added in batches of the
/// backend's size, then the looks are awaited, then (optionally) the group is trained.
public struct Uploader: Sendable {
    let backend: any UploadBackend
    let gate: any PhotoGate
    let store: ManifestStore
    let options: UploadOptions
    let clock: any WaitClock
    let progress: @Sendable (String) -> Void

    /// Creates an uploader.
    ///
    /// - Parameter progress: receives human-readable progress lines (for stderr).
    public init(
        backend: any UploadBackend, gate: any PhotoGate, store: ManifestStore, options: UploadOptions,
        clock: any WaitClock = SystemWaitClock(), progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.backend = backend
        self.gate = gate
        self.store = store
        self.options = options
        self.clock = clock
        self.progress = progress
    }

    /// Runs the workflow for `files` and reports per photo. Throws only for run-wide failures
    /// (authentication, network down, state file), after saving what was done.
    public func run(_ files: [URL]) async throws -> UploadReport {
        let run = UploadRun(uploader: self)
        return try await run.execute(files)
    }
}
