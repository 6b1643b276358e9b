/// Counters served at `GET /_emulator/stats` so tests can assert "no duplicates".
/// `requests` counts API requests (not `/_emulator/*`).
struct EmulatorStats {
    var requests = 0
    var uploads = 0
    var contentHashes: Set<String> = []
    var groupsCreated = 0
    var looksCreated = 0
    var lookSources: [String: Int] = [:]
    var faults: [String: Int] = [:]
    var idempotentReplays = 0
    var idempotencyConflicts = 0
    /// Requests that reached the wrong host (``EmulatorConfiguration/separateUploadHost``).
    var wrongHost = 0
    var userAgents: Set<String> = []

    mutating func recordUpload(_ sha: String) {
        uploads += 1
        contentHashes.insert(sha)
    }

    mutating func recordLook(group: String, source: String) {
        looksCreated += 1
        lookSources["\(group)|\(source)", default: 0] += 1
    }

    func json(liveGroups: Int, liveLooks: Int) -> [String: Any] {
        [
            "requests": requests,
            "uploads": uploads,
            "distinct_hashes": contentHashes.count,
            "groups_created": groupsCreated,
            "groups": liveGroups,
            "looks_created": looksCreated,
            "looks": liveLooks,
            "duplicate_looks": lookSources.values.reduce(0) { $0 + max(0, $1 - 1) },
            "faults": faults,
            "idempotent_replays": idempotentReplays,
            "idempotency_conflicts": idempotencyConflicts,
            "wrong_host": wrongHost,
            "user_agents": userAgents.sorted(),
        ]
    }
}
