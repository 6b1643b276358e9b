/// Why pixels could not be encoded.
public struct EncodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: String, Sendable {
        /// The raster or metadata cannot be stored in the format (e.g. 4 channels, EXIF over 64 KB in JPEG).
        case unsupported
        /// Memory for the output could not be allocated.
        case outOfMemory
    }

    /// The kind of failure.
    public var kind: Kind
    /// The encoder's explanation.
    public var message: String

    public var description: String { message }
}
