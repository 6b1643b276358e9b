import Foundation

/// Adding looks in batches, reconciling lost answers by image key, and waiting for looks and training.
extension UploadRun {
    func photosNeedingLooks() async -> [String] {
        let manifest = await store.current
        return order.filter { sha in
            guard let record = manifest.photos[sha] else { return false }
            return record.asset != nil && record.lookID == nil && record.stage != .failed
        }
    }

    /// Matches looks that may exist (a lost answer, an adopted group, an interrupted run) to their photos.
    func reconcileLooks(groupID: String) async throws {
        let manifest = await store.current
        let open = await photosNeedingLooks()
        let uncertain = groupAdopted || open.contains { manifest.photos[$0]?.stage == .addingLook }
        guard !open.isEmpty, uncertain else { return }
        let left = try await assignExistingLooks(open, groupID: groupID)
        // Photos whose add was sent but never answered readably: their looks may be lagging in the list.
        let sent = left.filter { manifest.photos[$0]?.stage == .addingLook }
        if !sent.isEmpty { _ = try await assignExistingLooksAfterUnknownOutcome(sent, groupID: groupID) }
    }

    /// ``assignExistingLooks(_:groupID:)`` after an add whose outcome is unknown (a lost or unreadable
    /// answer, a 2xx listing fewer looks than sent). Without idempotent creates (v2) the look list is read
    /// again, at the wait policy's pauses, for up to ``UploadOptions/reconcileWindow``, since it may lag
    /// behind the add: re-sending too early would duplicate the looks.
    func assignExistingLooksAfterUnknownOutcome(_ hashes: [String], groupID: String) async throws -> [String] {
        var remaining = hashes
        let found = try await retryingUntilFound(patiently: !backend.createsAreReplayable) {
            remaining = try await self.assignExistingLooks(remaining, groupID: groupID)
            return remaining.isEmpty ? true : nil
        }
        return found == true ? [] : remaining
    }

    /// Assigns existing looks to the photos in `hashes`; returns the hashes still without a look.
    func assignExistingLooks(_ hashes: [String], groupID: String) async throws -> [String] {
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

    func addBatch(_ batch: [String], groupID: String) async throws {
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
                if !pending.isEmpty {
                    // A 2xx that lists fewer looks than were sent is an unknown outcome, not a refusal.
                    uploader.progress("add looks: answer listed \(created.count) of \(batch.count) looks; reconciling")
                    pending = try await assignExistingLooksAfterUnknownOutcome(pending, groupID: groupID)
                }
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
                    pending = try await assignExistingLooksAfterUnknownOutcome(pending, groupID: groupID)
                }
            }
        }
        if !pending.isEmpty {
            try await markFailed(pending, "add to group failed: \(lastError.map { "\($0)" } ?? "no look returned")")
        }
    }

    func waitForLooks(groupID: String) async throws {
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

    func markLooks(_ ids: Set<String>, failure: String) async throws {
        let manifest = await store.current
        let hashes = order.filter { manifest.photos[$0]?.lookID.map(ids.contains) ?? false }
        try await markFailed(hashes.filter { manifest.photos[$0]?.stage != .done }, failure)
    }

    func train(groupID: String) async throws -> String {
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
}
