/// Why an image could not be decoded. Carries the header when it was readable.
public struct DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: String, Sendable {
        /// Damaged, truncated or undecodable data.
        case corrupt
        /// The header declares more pixels than the limit; nothing was allocated.
        case tooManyPixels
        /// A valid variant this decoder does not support (e.g. 12-bit JPEG).
        case unsupported
        /// The bytes are in no format this decoder reads (JPEG, PNG, HEIF, WebP, AVIF); the name is historical.
        case notJPEGOrPNG
        /// Pixel memory could not be allocated.
        case outOfMemory
    }

    /// The kind of failure.
    public var kind: Kind
    /// The decoder's explanation, e.g. "Premature end of JPEG file".
    public var message: String
    /// What the header said, if it was readable.
    public var header: ImageHeader?

    public var description: String { message }

    public init(kind: Kind, message: String, header: ImageHeader?) {
        self.kind = kind
        self.message = message
        self.header = header
    }
}
