/// Identification the client sends to HeyGen.
public enum ClientIdentity {
    /// The tool's version (semantic versioning).
    public static let version = "0.1.0"
    /// The `User-Agent` header value: `photo-preflight/<version>`.
    public static let userAgent = "photo-preflight/\(version)"
}
