/// v3 `Idempotency-Key` memory: scope is (API key, method, path, Idempotency-Key); entries live 24 h.
struct IdempotencyStore {
    struct Entry {
        var reply: EmulatorReply
        /// Until then the first request counts as still running (repeats get 409).
        var finishesAt: ContinuousClock.Instant
        var expiresAt: ContinuousClock.Instant
    }

    enum Lookup {
        case fresh
        case inProgress
        case replay(EmulatorReply)
    }

    private var entries: [String: Entry] = [:]

    static func scope(owner: String, method: String, path: String, key: String) -> String {
        "\(owner)\u{1F}\(method)\u{1F}\(path)\u{1F}\(key)"
    }

    mutating func lookup(_ scope: String, now: ContinuousClock.Instant) -> Lookup {
        guard let entry = entries[scope], entry.expiresAt > now else {
            entries[scope] = nil
            return .fresh
        }
        return now < entry.finishesAt ? .inProgress : .replay(entry.reply)
    }

    mutating func remember(_ scope: String, reply: EmulatorReply, finishesAt: ContinuousClock.Instant) {
        entries[scope] = Entry(reply: reply, finishesAt: finishesAt, expiresAt: finishesAt + .seconds(86_400))
    }
}

/// Valid `Idempotency-Key`: 1–255 characters of `[A-Za-z0-9_:.-]`.
func isValidIdempotencyKey(_ key: String) -> Bool {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-")
    return (1...255).contains(key.count) && key.allSatisfy(allowed.contains)
}
