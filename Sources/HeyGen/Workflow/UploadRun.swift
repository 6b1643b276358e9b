import Foundation
internal import PreflightSupport

/// The mutable state of one ``Uploader/run(_:)`` call.
actor UploadRun {
    let uploader: Uploader
    var results: [Int: PhotoResult] = [:]
    var claimed: [String: String] = [:]
    var order: [String] = []
    /// Creates or finds the group; nil when its seed photo was refused (the next photo is tried).
    var groupTask: Task<String?, any Error>?
    var groupAdopted = false
    /// Set when this run created the group itself: then looks can be added while uploads go on.
    var createdGroupID: String?
    var addsInFlight: Set<String> = []
    /// Per input index once gate and upload are done: the SHA-256 of an uploaded photo, or "" for none.
    var settled: [Int: String] = [:]
    /// The group-by-name lookup, started early when requests may run in parallel.
    var existingGroup: Task<String?, any Error>?

    init(uploader: Uploader) { self.uploader = uploader }

    var store: ManifestStore { uploader.store }
    var backend: any UploadBackend { uploader.backend }
    var options: UploadOptions { uploader.options }

    func execute(_ files: [URL]) async throws -> UploadReport {
        if options.concurrency > 1, await store.current.groupID == nil {
            let backend = self.backend
            let name = options.groupName
            existingGroup = Task { try await backend.findGroup(named: name) }
        }
        let indexed = Array(files.enumerated())
        try await BoundedConcurrency.forEach(indexed, limit: options.concurrency) { index, file in
            try await self.preparePhoto(index: index, file: file)
            try await self.settle(index: index)
        }
        var training: String?
        if let groupID = try await groupForLooks() {
            try await reconcileLooks(groupID: groupID)
            let batches = BoundedConcurrency.chunked(await photosNeedingLooks(), size: backend.maxLooksPerAdd)
            try await BoundedConcurrency.forEach(batches, limit: options.concurrency) { batch in
                try await self.addBatch(batch, groupID: groupID)
            }
            if options.wait { try await waitForLooks(groupID: groupID) }
            if options.train { training = try await train(groupID: groupID) }
        }
        return try await report(files: files, training: training)
    }

    // MARK: Gate and upload

    func preparePhoto(index: Int, file: URL) async throws {
        let decision: GateDecision
        do {
            decision = try await uploader.gate.prepare(file)
        } catch {
            results[index] = PhotoResult(file: file.path, outcome: .failed, reason: "check failed: \(error)")
            return
        }
        switch decision {
        case .reject(let reason):
            results[index] = PhotoResult(file: file.path, outcome: .rejected, reason: reason)
        case .upload(let bytesFile, let contentType):
            try await upload(index: index, file: file, bytesFile: bytesFile, contentType: contentType)
        }
    }

    func upload(index: Int, file: URL, bytesFile: URL, contentType: String) async throws {
        guard let type = AssetContentType(rawValue: contentType), type == .jpeg || type == .png else {
            results[index] = PhotoResult(file: file.path, outcome: .failed, reason: "\(contentType) is not JPEG or PNG")
            return
        }
        let sha: String
        do {
            sha = try ContentHash.sha256(of: bytesFile)
        } catch {
            results[index] = PhotoResult(file: file.path, outcome: .failed, reason: "cannot read: \(error)")
            return
        }
        if let first = claimed[sha] {
            results[index] = PhotoResult(
                file: file.path, outcome: .duplicate, sha256: sha, reason: "same bytes as \(first)")
            return
        }
        claimed[sha] = file.path
        order.append(sha)
        results[index] = PhotoResult(file: file.path, outcome: .uploaded, sha256: sha)
        let (resumed, wasInFlight) = try await store.update { manifest -> (PhotoRecord, Bool) in
            let existing = manifest.photos[sha]
            var record =
                existing ?? PhotoRecord(sha256: sha, source: file.path, contentType: contentType, stage: .uploading)
            if record.stage == .failed {
                record.stage = record.asset == nil ? .uploading : (record.lookID == nil ? .uploaded : .lookCreated)
            }
            record.failure = nil
            manifest.photos[sha] = record
            return (record, existing?.stage == .uploading && existing?.asset == nil)
        }
        if resumed.asset != nil {
            uploader.progress("\(file.lastPathComponent): already uploaded, skipping")
            return
        }
        if wasInFlight, !backend.createsAreReplayable {
            // The previous run was stopped while this upload was in flight: it may exist unused on HeyGen.
            try await store.update { $0.possibleOrphanAssets += 1 }
        }
        try await attempt(times: options.attemptsPerStep, sha: sha, what: "upload") { _ in
            let key = self.backend.idempotencyKey(operation: "upload", scope: IdempotencyScope.upload, contentHash: sha)
            try await self.store.updatePhoto(sha) { record in
                record.stage = .uploading
                record.remember(key, for: "upload")
            }
            let asset = try await self.backend.upload(bytesFile, contentType: type, contentHash: sha)
            try await self.store.updatePhoto(sha) { record in
                record.asset = asset
                record.stage = .uploaded
            }
            self.uploader.progress("\(file.lastPathComponent): uploaded")
            return true
        } onUnknown: {
            if !self.backend.createsAreReplayable { try await self.store.update { $0.possibleOrphanAssets += 1 } }
            return false
        }
    }

    /// Records that photo `index` is through the gate and upload. The group is created from the first
    /// photo, in input order, that was uploaded: once every earlier photo is settled without an upload.
    func settle(index: Int) async throws {
        let manifest = await store.current
        settled[index] =
            results[index].flatMap { result in
                result.outcome == .uploaded
                    ? result.sha256.flatMap { manifest.photos[$0]?.asset == nil ? nil : $0 } : nil
            } ?? ""
        if groupTask == nil, let seed = nextSeed(manifest) {
            let task = Task { try await self.createOrAdoptGroup(seed: seed) }
            groupTask = task
            // Sequential runs (concurrency 1) wait here, so at most one request is ever in flight.
            if options.concurrency == 1 { _ = try? await task.value }
        }
        try await addFullBatchWhileUploading()
    }

    /// With concurrency > 1 and a group this run created, adds a full batch of freshly uploaded photos
    /// as soon as one is ready, so adds overlap the remaining uploads.
    func addFullBatchWhileUploading() async throws {
        guard options.concurrency > 1, let groupID = createdGroupID else { return }
        let manifest = await store.current
        let ready = order.filter { sha in
            !addsInFlight.contains(sha) && manifest.photos[sha]?.stage == .uploaded
                && manifest.photos[sha]?.lookID == nil
        }
        guard ready.count >= backend.maxLooksPerAdd else { return }
        let batch = Array(ready.prefix(backend.maxLooksPerAdd))
        addsInFlight.formUnion(batch)
        defer { addsInFlight.subtract(batch) }
        try await addBatch(batch, groupID: groupID)
    }

    /// Runs `step` up to `times` times. `onUnknown` reconciles after an unknown outcome and returns true
    /// when that settled the step. Item failures mark the photo failed; fatal errors are rethrown.
    func attempt(
        times: Int, sha: String, what: String, _ step: @escaping (Int) async throws -> Bool,
        onUnknown: @escaping () async throws -> Bool
    ) async throws {
        var lastError: (any Error)?
        for attempt in 1...times {
            do {
                if try await step(attempt) { return }
            } catch {
                lastError = error
                switch FailureKind(error) {
                case .fatal: throw error
                case .itemFailed:
                    try await markFailed([sha], "\(what) failed: \(error)")
                    return
                case .unknownOutcome:
                    uploader.progress("\(what): outcome unknown (\(error)); reconciling")
                    if try await onUnknown() { return }
                }
            }
        }
        try await markFailed([sha], "\(what) failed after \(times) attempts: \(lastError.map { "\($0)" } ?? "?")")
    }

    func markFailed(_ hashes: [String], _ reason: String) async throws {
        try await store.update { manifest in
            for sha in hashes {
                manifest.photos[sha]?.stage = .failed
                manifest.photos[sha]?.failure = reason
            }
        }
    }

    func report(files: [URL], training: String?) async throws -> UploadReport {
        let manifest = await store.current
        let photos = files.indices.map { index -> PhotoResult in
            var result =
                results[index] ?? PhotoResult(file: files[index].path, outcome: .failed, reason: "not processed")
            guard result.outcome == .uploaded, let sha = result.sha256, let record = manifest.photos[sha] else {
                return result
            }
            result.asset = record.asset
            result.lookID = record.lookID
            if record.stage == .failed {
                result.outcome = .failed
                result.reason = record.failure
            } else if record.lookID == nil {
                result.outcome = .failed
                result.reason = record.asset == nil ? "not uploaded" : "no look created (no group)"
            }
            result.lookStatus = record.stage == .done ? "completed" : (record.lookID == nil ? nil : "pending")
            return result
        }
        let talkingPhotoID: String? =
            backend.apiVersion == .v2
            ? manifest.groupID : photos.first { $0.outcome == .uploaded && $0.lookID != nil }?.lookID
        return UploadReport(
            api: backend.apiVersion, groupName: options.groupName, groupID: manifest.groupID,
            talkingPhotoID: talkingPhotoID, training: training, possibleOrphanAssets: manifest.possibleOrphanAssets,
            photos: photos)
    }
}
