import Foundation

/// Creating, finding and adopting the avatar group.
extension UploadRun {
    /// The first photo in input order that was uploaded and not refused, once all before it are settled.
    func nextSeed(_ manifest: UploadManifest) -> String? {
        var index = 0
        while let sha = settled[index] {
            if !sha.isEmpty, manifest.photos[sha]?.stage != .failed { return sha }
            index += 1
        }
        return nil
    }

    /// The group the looks go into, after every upload has settled; nil when no photo could seed one.
    func groupForLooks() async throws -> String? {
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

    func createOrAdoptGroup(seed: String) async throws -> String? {
        let name = options.groupName
        if let id = await store.current.groupID { return id }
        // The early lookup answers for the state before this run created anything: use it once only.
        let lookup = existingGroup ?? Task { try await backend.findGroup(named: name) }
        existingGroup = nil
        if await !mustResendLostCreate(seed: seed), let found = try await lookup.value {
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
                if let found = try await findGroupAfterUnknownOutcome(named: name) {
                    return try await adoptGroup(found)
                }
            }
        }
        throw HeyGenError.invalidRequest("unreachable")
    }

    /// Whether an earlier run sent this seed's group create with an Idempotency-Key and never recorded the
    /// answer (it was killed or lost the connection). Re-sending the same create then gets HeyGen's replay —
    /// the same group and the seed's look — whereas adopting the group found by name would add the seed to
    /// it a second time. HeyGen keeps replays for 24 hours, so an older state file adopts by name instead.
    func mustResendLostCreate(seed: String) async -> Bool {
        guard backend.createsAreReplayable else { return false }
        let manifest = await store.current
        guard manifest.groupCreateSent, manifest.photos[seed]?.idempotencyKeys?["avatar"] != nil else { return false }
        let written = (try? FileManager.default.attributesOfItem(atPath: store.url.path)[.modificationDate]) as? Date
        return written.map { Date().timeIntervalSince($0) < 23 * 3600 } ?? false
    }

    /// Looks the group up by name after a create whose outcome is unknown. Without idempotent creates
    /// (v2) the lookup is repeated, at the wait policy's pauses, for up to ``UploadOptions/reconcileWindow``,
    /// since HeyGen's lists may lag behind a create: re-sending too early would make a second group.
    func findGroupAfterUnknownOutcome(named name: String) async throws -> String? {
        let backend = self.backend
        return try await retryingUntilFound(patiently: !backend.createsAreReplayable) {
            try await backend.findGroup(named: name)
        }
    }

    /// Calls `find` until it returns a value; when `patiently`, again at the wait policy's pauses until
    /// ``UploadOptions/reconcileWindow`` has passed. Returns nil when nothing was found.
    func retryingUntilFound<Value: Sendable>(
        patiently: Bool, _ find: () async throws -> Value?
    ) async throws -> Value? {
        let clock = uploader.clock
        let start = clock.now
        var pause = options.waitPolicy.interval
        while true {
            if let found = try await find() { return found }
            guard patiently, clock.now - start + pause <= options.reconcileWindow else { return nil }
            try await clock.sleep(for: pause)
            pause = min(options.waitPolicy.maxInterval, pause * options.waitPolicy.growth)
        }
    }

    func adoptGroup(_ id: String) async throws -> String {
        groupAdopted = true
        try await store.update { $0.groupID = id }
        return id
    }
}
