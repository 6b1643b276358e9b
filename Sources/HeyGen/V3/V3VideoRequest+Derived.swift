import Foundation

extension V3AspectRatio {
    /// The ratio nearest a v2-style `width`×`height` (v3 videos have no free size): square when equal,
    /// else landscape or portrait.
    public init(nearestTo width: Int, height: Int) {
        self = width == height ? .square : (width > height ? .landscape : .portrait)
    }
}

extension V3VideoRequest {
    /// The Idempotency-Key of this create: derived from the request body (sorted keys), so the same
    /// request within HeyGen's 24 h window is not rendered twice. `attempt` counts the renders of this
    /// body that already failed (each failure gets a new key, so it is not replayed); a non-empty `nonce`
    /// (`--new`) makes a key no earlier run used. Attempt 0 without a nonce is the key earlier runs sent.
    public func idempotencyKey(attempt: Int = 0, nonce: String = "") throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = String(decoding: try encoder.encode(self), as: UTF8.self)
        let scope = attempt == 0 && nonce.isEmpty ? "" : "attempt:\(attempt):\(nonce)"
        return IdempotencyKey.derive(operation: "video", scope: scope, contentHash: ContentHash.sha256(of: body))
    }
}
