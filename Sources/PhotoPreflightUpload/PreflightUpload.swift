import Foundation
import HeyGen
import PhotoPreflight

/// `upload`: collect the photos, check (or fix) each, and upload the passing ones into one avatar group,
/// resumably.
public struct PreflightUpload: Sendable {
    /// Photos and folders, as given.
    public var paths: [String]
    /// Group, concurrency, training and waiting.
    public var options: UploadOptions
    /// `--state`: the state file; nil for the default beside the first photo.
    public var stateFile: String?
    /// `--wait-for-lock`: wait for another run that holds the state file instead of refusing at once.
    public var waitForLock: Bool
    /// The checks each photo must pass.
    public var preflight: Preflight
    /// Fix fixable problems first and upload the fixed copies.
    public var fix: Bool
    /// `--best N`: upload only the N best photos that pass (ranked by score on the originals); nil: every photo.
    public var best: BestPhotoSelection?

    /// Creates a run.
    public init(
        paths: [String], options: UploadOptions, stateFile: String?, waitForLock: Bool = false,
        preflight: Preflight, fix: Bool, best: BestPhotoSelection? = nil
    ) {
        self.paths = paths
        self.options = options
        self.stateFile = stateFile
        self.waitForLock = waitForLock
        self.preflight = preflight
        self.fix = fix
        self.best = best
    }

    /// How long to wait between polls of the looks, for at most `seconds`: `firstPoll` seconds (default
    /// 5 s), growing by 1.5 to six times that (30 s). HeyGen processes a look in 30–90 s and suggests
    /// polling every 10 s (heygen-v3.md §3.4); tests pass a short `firstPoll`.
    public static func lookWaitPolicy(seconds: Int, firstPoll: Double = 5) -> WaitPolicy {
        let first = Duration.milliseconds(Int((firstPoll * 1000).rounded()))
        return WaitPolicy(interval: first, maxInterval: first * 6, growth: 1.5, deadline: .seconds(seconds))
    }

    /// Runs the upload over `service`; `progress` receives human-readable lines (for stderr).
    ///
    /// - Throws: ``UploadInputError`` for bad paths, ``HeyGenError/unsupported(_:)`` for `--train` on a
    ///   generation without training, ``StateFileLockError`` when another run holds the state file,
    ///   ``ManifestError`` for the state file, and run-wide HeyGen errors.
    public func run(
        with service: any UploadBackend, progress: @escaping @Sendable (String) -> Void
    ) async throws -> UploadReport {
        let (found, skipped) = try UploadPhotoSelection.select(paths)
        for path in skipped { progress("warning: \(path)") }
        var files = found
        if let best { files = try await Self.choose(with: best, among: found, progress: progress) }
        let location = UploadStateLocation(explicit: stateFile, photos: found)
        // One run per state file: held until the run returns, released by the kernel if the process dies.
        let lock = try await StateFileLock.acquire(stateFile: location.stateFile, waiting: waitForLock)
        defer { lock.release() }
        let store = try location.openStore(api: service.apiVersion, groupName: options.groupName)
        var fixOptions = FixOptions()
        fixOptions.maxBytes = preflight.configuration.maximumBytes
        let gate = PreflightGate(preflight: preflight, fixing: fix ? (fixOptions, location.fixedFolder) : nil)
        let uploader = Uploader(backend: service, gate: gate, store: store, options: options, progress: progress)
        return try await uploader.run(files)
    }

    /// `--best N`: the best passing photos among `files`, each listed on `progress` with its score.
    ///
    /// - Throws: ``UploadInputError`` when no photo passes.
    private static func choose(
        with best: BestPhotoSelection, among files: [URL], progress: @Sendable (String) -> Void
    ) async throws(UploadInputError) -> [URL] {
        let chosen = await best.select(files)
        guard !chosen.isEmpty else {
            throw UploadInputError(
                description: "--best \(best.count): none of the \(files.count) photos passes the checks")
        }
        progress("--best \(best.count): uploading \(chosen.count) of \(files.count) photos")
        for (rank, photo) in chosen.enumerated() {
            progress("  \(rank + 1). score \(SuitabilityScore.text(photo.report.score ?? 0))  \(photo.file.path)")
        }
        return chosen.map(\.file)
    }

    /// Why `--train` is refused on v3.
    public static let noTraining = "--train needs --api v2: HeyGen v3 has no training step"
}
