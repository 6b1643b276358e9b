import Foundation

/// The mutable state of one ``Uploader/run(_:)`` call.
actor UploadRun {
    let uploader: Uploader
    private var results: [Int: PhotoResult] = [:]
    private var claimed: [String: String] = [:]
    private var order: [String] = []
    /// Creates or finds the group; nil when its seed photo was refused (the next photo is tried).
    private var groupTask: Task<String?, any Error>?
    private var groupAdopted = false
    /// Set when this run created the group itself: then looks can be added while uploads go on.
    private var createdGroupID: String?
    private var addsInFlight: Set<String> = []
    /// Per input index once gate and upload are done: the SHA-256 of an uploaded photo, or "" for none.
    private var settled: [Int: String] = [:]
    /// The group-by-name lookup, started early when requests may run in parallel.
    private var existingGroup: Task<String?, any Error>?

    init(uploader: Uploader) { self.uploader = uploader }

    private var store: ManifestStore { uploader.store }
    private var backend: any AvatarBackend { uploader.backend }
    private var options: UploadOptions { uploader.options }

    func execute(_ files: [URL]) async throws -> UploadReport {
        if options.concurrency > 1, await store.current.groupID == nil {
            let backend = self.backend
            let name = options.groupName
            existingGroup = Task { try await backend.findGroup(named: name) }
        }
        let indexed = Array(files.enumerated())
        try await forEachConcurrently(indexed, limit: options.concurrency) { index, file in
            try await self.preparePhoto(index: index, file: file)
            try await self.settle(index: index)
        }
        var training: String?
        if let groupID = try await groupForLooks() {
            try await reconcileLooks(groupID: groupID)
            let batches = chunked(await photosNeedingLooks(), size: backend.maxLooksPerAdd)
            try await forEachConcurrently(batches, limit: options.concurrency) { batch in
                try await self.addBatch(batch, groupID: groupID)
            }
            if options.wait { try await waitForLooks(groupID: groupID) }
            if options.train { training = try await train(groupID: groupID) }
        }
        return try await report(files: files, training: training)
    }

    // MARK: Gate and upload

    private func preparePhoto(index: Int, file: URL) async throws {
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

    private func upload(index: Int, file: URL, bytesFile: URL, contentType: String) async throws {
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
    private func settle(index: Int) async throws {
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
    private func addFullBatchWhileUploading() async throws {
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
    private func attempt(
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

    private func markFailed(_ hashes: [String], _ reason: String) async throws {
        try await store.update { manifest in
            for sha in hashes {
                manifest.photos[sha]?.stage = .failed
                manifest.photos[sha]?.failure = reason
            }
        }
    }

    // MARK: Group

    /// The group, creating it from `seed` if needed. Only the first caller creates; others await it.
    /// The first photo in input order that was uploaded and not refused, once all before it are settled.
    private func nextSeed(_ manifest: UploadManifest) -> String? {
        var index = 0
        while let sha = settled[index] {
            if !sha.isEmpty, manifest.photos[sha]?.stage != .failed { return sha }
            index += 1
        }
        return nil
    }

    /// The group the looks go into, after every upload has settled; nil when no photo could seed one.
    private func groupForLooks() async throws -> String? {
        while true {
            if let task = groupTask {
                if let id = try await task.value { return id }
                continue
            }
            let manifest = await store.current
            if let id = manifest.groupID { return id }
            guard let seed = nextSeed(manifest) else { return nil }
            groupTask = Task { try await self.createOrAdoptGroup(seed: seed) }
        }
    }

    private func createOrAdoptGroup(seed: String) async throws -> String? {
        let name = options.groupName
        if let id = await store.current.groupID { return id }
        let lookup = existingGroup ?? Task { try await backend.findGroup(named: name) }
        if let found = try await lookup.value {
            uploader.progress("group \"\(name)\" exists (\(found)); adding to it")
            return try await adoptGroup(found)
        }
        guard let asset = await store.current.photos[seed]?.asset else {
            throw HeyGenError.invalidRequest("no uploaded photo to create the group from")
        }
        for attempt in 1...options.attemptsPerStep {
            let key = backend.idempotencyKey(
                operation: "avatar", scope: IdempotencyScope.newGroup(name), contentHash: seed)
            try await store.update { manifest in
                manifest.groupCreateSent = true
                manifest.photos[seed]?.stage = .addingLook
                manifest.photos[seed]?.remember(key, for: "avatar")
            }
            do {
                let look = try await backend.createGroup(name: name, asset: asset, contentHash: seed)
                try await store.update { manifest in
                    manifest.groupID = look.groupID
                    manifest.photos[seed]?.lookID = look.lookID
                    manifest.photos[seed]?.stage = .lookCreated
                }
                createdGroupID = look.groupID
                uploader.progress("group \"\(name)\" created: \(look.groupID)")
                return look.groupID
            } catch  where FailureKind(error) == .itemFailed {
                // HeyGen refused this photo (too small, no face…): mark it and let the next photo seed the group.
                try await markFailed([seed], "group create failed: \(error)")
                groupTask = nil
                return nil
            } catch {
                guard FailureKind(error) == .unknownOutcome, attempt < options.attemptsPerStep else { throw error }
                uploader.progress("group create: outcome unknown (\(error)); looking it up by name")
                if let found = try await backend.findGroup(named: name) { return try await adoptGroup(found) }
            }
        }
        throw HeyGenError.invalidRequest("unreachable")
    }

    private func adoptGroup(_ id: String) async throws -> String {
        groupAdopted = true
        try await store.update { $0.groupID = id }
        return id
    }

    // MARK: Looks

    private func photosNeedingLooks() async -> [String] {
        let manifest = await store.current
        return order.filter { sha in
            guard let record = manifest.photos[sha] else { return false }
            return record.asset != nil && record.lookID == nil && record.stage != .failed
        }
    }

    /// Matches looks that may exist (a lost answer, an adopted group, an interrupted run) to their photos.
    private func reconcileLooks(groupID: String) async throws {
        let manifest = await store.current
        let open = await photosNeedingLooks()
        let uncertain = groupAdopted || open.contains { manifest.photos[$0]?.stage == .addingLook }
        guard !open.isEmpty, uncertain else { return }
        _ = try await assignExistingLooks(open, groupID: groupID)
    }

    /// Assigns existing looks to the photos in `hashes`; returns the hashes still without a look.
    private func assignExistingLooks(_ hashes: [String], groupID: String) async throws -> [String] {
        let looks = try await backend.looks(inGroup: groupID)
        return try await store.update { manifest in
            var taken = Set(manifest.photos.values.compactMap(\.lookID))
            return hashes.filter { sha in
                guard let asset = manifest.photos[sha]?.asset,
                    let look = looks.first(where: { !taken.contains($0.id) && $0.matches(asset: asset) })
                else { return true }
                taken.insert(look.id)
                manifest.photos[sha]?.lookID = look.id
                manifest.photos[sha]?.stage = .lookCreated
                return false
            }
        }
    }

    private func addBatch(_ batch: [String], groupID: String) async throws {
        var pending = batch
        var lastError: (any Error)?
        for _ in 1...options.attemptsPerStep where !pending.isEmpty {
            let keys = pending.map {
                backend.idempotencyKey(operation: "avatar", scope: IdempotencyScope.group(groupID), contentHash: $0)
            }
            let batch = pending
            let assets: [(asset: String, contentHash: String)] = try await store.update { manifest in
                zip(batch, keys).compactMap { sha, key in
                    manifest.photos[sha]?.stage = .addingLook
                    manifest.photos[sha]?.remember(key, for: "avatar")
                    return manifest.photos[sha]?.asset.map { ($0, sha) }
                }
            }
            do {
                let created = try await backend.addLooks(groupID: groupID, name: options.groupName, assets: assets)
                pending = try await store.update { manifest in
                    pending.filter { sha in
                        guard let look = created.first(where: { $0.asset == manifest.photos[sha]?.asset }) else {
                            return true
                        }
                        manifest.photos[sha]?.lookID = look.lookID
                        manifest.photos[sha]?.stage = .lookCreated
                        return false
                    }
                }
                if !pending.isEmpty { pending = try await assignExistingLooks(pending, groupID: groupID) }
            } catch {
                lastError = error
                switch FailureKind(error) {
                case .fatal: throw error
                case .itemFailed where pending.count > 1:
                    // One refused photo fails the whole call: add the photos one by one to isolate it.
                    for sha in pending { try await addBatch([sha], groupID: groupID) }
                    return
                case .itemFailed:
                    try await markFailed(pending, "add to group failed: \(error)")
                    return
                case .unknownOutcome:
                    uploader.progress("add looks: outcome unknown (\(error)); reconciling by image key")
                    pending = try await assignExistingLooks(pending, groupID: groupID)
                }
            }
        }
        if !pending.isEmpty {
            try await markFailed(pending, "add to group failed: \(lastError.map { "\($0)" } ?? "no look returned")")
        }
    }

    private func waitForLooks(groupID: String) async throws {
        let manifest = await store.current
        let ours = Set(order.compactMap { manifest.photos[$0]?.lookID })
        guard !ours.isEmpty else { return }
        let waiter = Waiter(policy: options.waitPolicy, clock: uploader.clock)
        let backend = self.backend
        let looks: [LookSummary]
        do {
            looks =
                try await waiter.wait {
                    do {
                        return try await backend.looks(inGroup: groupID)
                    } catch  where FailureKind(error) == .unknownOutcome {
                        return nil
                    }
                } classify: { (looks: [LookSummary]?) in
                    guard let looks else { return .pending("unreachable") }
                    let states = ours.map { id in looks.first { $0.id == id }?.state ?? .pending("missing") }
                    if let pending = states.first(where: { if case .pending = $0 { true } else { false } }) {
                        return pending
                    }
                    return .done
                } ?? []
        } catch HeyGenError.waitTimedOut(let status) {
            try await markLooks(ours, failure: "look still \(status) when the wait deadline passed")
            return
        }
        let order = self.order
        try await store.update { manifest in
            for sha in order {
                guard let id = manifest.photos[sha]?.lookID, let look = looks.first(where: { $0.id == id }) else {
                    continue
                }
                if case .failed(let status, let message) = look.state {
                    manifest.photos[sha]?.stage = .failed
                    manifest.photos[sha]?.failure = "look \(status): \(message)"
                } else {
                    manifest.photos[sha]?.stage = .done
                }
            }
        }
    }

    private func markLooks(_ ids: Set<String>, failure: String) async throws {
        let manifest = await store.current
        let hashes = order.filter { manifest.photos[$0]?.lookID.map(ids.contains) ?? false }
        try await markFailed(hashes.filter { manifest.photos[$0]?.stage != .done }, failure)
    }

    private func train(groupID: String) async throws -> String {
        if await store.current.training == "ready" { return "ready" }
        let backend = self.backend
        do {
            if await store.current.training != "started" {
                try await backend.train(groupID: groupID)
                try await store.update { $0.training = "started" }
            }
            guard options.wait else { return "started" }
            _ = try await Waiter(policy: options.waitPolicy, clock: uploader.clock).wait {
                try await backend.trainingState(groupID: groupID)
            } classify: {
                $0
            }
            try await store.update { $0.training = "ready" }
            return "ready"
        } catch {
            if FailureKind(error) == .fatal { throw error }
            try await store.update { $0.training = "failed" }
            return "failed: \(error)"
        }
    }

    // MARK: Report

    private func report(files: [URL], training: String?) async throws -> UploadReport {
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
