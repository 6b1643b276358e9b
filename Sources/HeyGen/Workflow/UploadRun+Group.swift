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

    func adoptGroup(_ id: String) async throws -> String {
        groupAdopted = true
        try await store.update { $0.groupID = id }
        return id
    }
}
