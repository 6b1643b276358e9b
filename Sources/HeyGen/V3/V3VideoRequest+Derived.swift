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
    /// request within HeyGen's 24 h window is not rendered twice.
    public func idempotencyKey() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = String(decoding: try encoder.encode(self), as: UTF8.self)
        return IdempotencyKey.derive(operation: "video", contentHash: ContentHash.sha256(of: body))
    }
}
