import Crypto
import Foundation

/// An uploaded file.
struct StoredAsset {
    var id: String
    var imageKey: String
    var owner: String
    var sha256: String
    var header: ImageHeader?
    var mediaType: String
    var size: Int
    /// Test hook: bytes containing `heygen-emulator:reject-face` make looks end `moderation_rejected`.
    var rejectFace: Bool
}

/// A photo avatar look.
struct StoredLook {
    var id: String
    var groupID: String
    var owner: String
    var name: String
    /// The image key (v2) or asset id (v3) it was made from.
    var source: String
    var createdAt: ContinuousClock.Instant
    var rejectFace: Bool
}

/// A photo avatar group.
struct StoredGroup {
    var id: String
    var owner: String
    var name: String
    var createdAt: ContinuousClock.Instant
    var createdAtEpoch: Int
    var lookIDs: [String]
    var trainingStartedAt: ContinuousClock.Instant?
}

/// An AI photo generation.
struct StoredGeneration {
    var id: String
    var owner: String
    var createdAt: ContinuousClock.Instant
    var imageKeys: [String]
}

/// A video job.
struct StoredVideo {
    var id: String
    var owner: String
    var createdAt: ContinuousClock.Instant
    var fails: Bool
    /// Seconds since 1970 at creation.
    var createdAtEpoch = Int(Date().timeIntervalSince1970)
    /// Title given at creation.
    var title = "Untitled Video"
}

/// All emulator state; always used under the server's lock.
struct EmulatorModel {
    let configuration: EmulatorConfiguration
    var assets: [String: StoredAsset] = [:]
    var assetsByKey: [String: String] = [:]
    var groups: [String: StoredGroup] = [:]
    var groupOrder: [String] = []
    var looks: [String: StoredLook] = [:]
    var generations: [String: StoredGeneration] = [:]
    var videos: [String: StoredVideo] = [:]
    var idempotency = IdempotencyStore()
    var queuedFaults: [Fault] = []
    var queuedAnswerFaults: [AnswerFault] = []
    /// `POST /_emulator/uploads/hold?after=N`: once N uploads are stored, later uploads get no answer
    /// (their connection stays open) until `POST /_emulator/uploads/release`. Lets a test stop a client
    /// mid-batch at an exact point instead of racing it.
    var holdUploadsAfter: Int?
    /// Whether the one request ``EmulatorConfiguration/idempotencyHold`` holds has been seen.
    var heldIdempotentRequest = false
    var stats = EmulatorStats()
    /// What the file ("download") host saw.
    var fileHostLog = FileHostLog()
    var random: SplitMix64

    init(configuration: EmulatorConfiguration) {
        self.configuration = configuration
        self.random = SplitMix64(seed: configuration.seed)
    }

    mutating func newID() -> String {
        String(format: "%016llx%016llx", random.next(), random.next())
    }

    func lookStatus(_ look: StoredLook, now: ContinuousClock.Instant) -> String {
        guard now - look.createdAt >= configuration.lookDelay else { return "pending" }
        return look.rejectFace ? "moderation_rejected" : "completed"
    }

    /// The owner's asset with `imageKey`, if any.
    func asset(key imageKey: String, owner: String) -> StoredAsset? {
        guard let id = assetsByKey[imageKey], let asset = assets[id], asset.owner == owner else { return nil }
        return asset
    }

    func ownedGroup(_ id: String, _ owner: String) -> StoredGroup? {
        guard let group = groups[id], group.owner == owner else { return nil }
        return group
    }

    func ownedLook(_ id: String, _ owner: String) -> StoredLook? {
        guard let look = looks[id], look.owner == owner else { return nil }
        return look
    }

    /// Stores an upload; returns nil when the bytes are not an image the emulator accepts.
    mutating func storeAsset(bytes: [UInt8], mediaType: String, owner: String) -> StoredAsset {
        let id = newID()
        let header = ImageHeader.read(bytes)
        let ext = header?.format == .png ? "png" : (header?.format == .jpeg ? "jpg" : "bin")
        let sha = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let marker = Array("heygen-emulator:reject-face".utf8)
        let asset = StoredAsset(
            id: id, imageKey: "image/\(id)/original.\(ext)", owner: owner, sha256: sha, header: header,
            mediaType: mediaType, size: bytes.count, rejectFace: bytes.firstRange(of: marker) != nil)
        assets[id] = asset
        assetsByKey[asset.imageKey] = id
        stats.recordUpload(sha)
        return asset
    }

    /// Creates a look; records it in stats (duplicates are looks from the same source in one group).
    mutating func addLook(
        groupID: String, owner: String, name: String, source: String, rejectFace: Bool, id: String? = nil,
        now: ContinuousClock.Instant
    ) -> StoredLook {
        let look = StoredLook(
            id: id ?? newID(), groupID: groupID, owner: owner, name: name, source: source, createdAt: now,
            rejectFace: rejectFace)
        looks[look.id] = look
        groups[groupID]?.lookIDs.append(look.id)
        stats.recordLook(group: groupID, source: source)
        return look
    }

    mutating func createGroup(
        name: String, owner: String, id: String? = nil, now: ContinuousClock.Instant
    ) -> StoredGroup {
        let group = StoredGroup(
            id: id ?? newID(), owner: owner, name: name, createdAt: now,
            createdAtEpoch: Int(Date().timeIntervalSince1970), lookIDs: [])
        groups[group.id] = group
        groupOrder.append(group.id)
        stats.groupsCreated += 1
        return group
    }

    mutating func deleteLook(_ id: String) {
        guard let look = looks.removeValue(forKey: id) else { return }
        groups[look.groupID]?.lookIDs.removeAll { $0 == id }
    }

    mutating func deleteGroup(_ id: String) {
        guard let group = groups.removeValue(forKey: id) else { return }
        for lookID in group.lookIDs { looks.removeValue(forKey: lookID) }
        groupOrder.removeAll { $0 == id }
    }

    /// A signed-looking URL for an image path, valid 7 days.
    func signedURL(_ path: String) -> String {
        let expires = Int(Date().timeIntervalSince1970) + 7 * 86_400
        return "https://files.emulator.invalid/\(path)?Expires=\(expires)&Signature=emulated&Key-Pair-Id=EMU"
    }
}

/// Deterministic pseudo-random numbers (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
