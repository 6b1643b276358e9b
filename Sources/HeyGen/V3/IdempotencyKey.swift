/// Derives v3 `Idempotency-Key`s from what is being created, so a re-send after a lost answer (even from
/// a later run) carries the same key and HeyGen replays the first answer instead of creating a duplicate.
public enum IdempotencyKey {
    /// `pp-<operation>-<48 hex>`: SHA-256 over the operation, its scope (e.g. group name or id) and the
    /// content hash. Always 1–255 characters of `[A-Za-z0-9_:.-]`.
    public static func derive(operation: String, scope: String = "", contentHash: String) -> String {
        let digest = ContentHash.sha256(of: "\(operation)\n\(scope)\n\(contentHash)")
        let safeOperation = operation.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return "pp-\(safeOperation)-\(digest.prefix(48))"
    }
}

/// The scopes the workflow derives its keys in; the uploader records the same keys in the manifest.
public enum IdempotencyScope {
    /// Uploading a photo's bytes.
    public static let upload = ""
    /// Creating a new group called `name` from a photo.
    public static func newGroup(_ name: String) -> String { "new:\(name)" }
    /// Adding a photo as a look to group `id`.
    public static func group(_ id: String) -> String { "group:\(id)" }
}
