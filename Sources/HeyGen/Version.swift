internal import PreflightSupport

/// Identification the client sends to HeyGen.
public enum ClientIdentity {
    /// The tool's version (semantic versioning).
    public static let version = ToolIdentity.version
    /// The `User-Agent` header value: `photo-preflight/<version>`.
    public static let userAgent = "\(ToolIdentity.name)/\(version)"
}
