/// A service answer whose shape differs by API generation: encodes as the API's own model (so
/// `--format json` shows what HeyGen sent) and carries the text lines that summarise it.
public struct ServiceOutput: Encodable, Sendable {
    /// One line per item, for text output.
    public let lines: [String]
    private let value: any Encodable & Sendable

    /// Wraps `value`, summarised by `lines`.
    public init(_ value: any Encodable & Sendable, lines: [String]) {
        self.value = value
        self.lines = lines
    }

    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

/// A photo avatar (v2) or look (v3) and where it stands.
public struct AvatarRecord: Encodable, Sendable {
    /// The API's model and its one-line summary (`id  status  group G  name`).
    public let output: ServiceOutput
    /// Whether it is ready, failed or still processing.
    public let state: JobState

    /// Creates a record.
    public init(
        _ value: any Encodable & Sendable, id: String, status: String?, groupID: String?, name: String?,
        state: JobState
    ) {
        output = ServiceOutput(value, lines: ["\(id)  \(status ?? "?")  group \(groupID ?? "-")  \(name ?? "")"])
        self.state = state
    }

    public func encode(to encoder: any Encoder) throws { try output.encode(to: encoder) }
}

/// What `avatar list` lists.
public enum AvatarListing: Sendable, Equatable {
    /// Talking photos (v2); every look (v3).
    case talkingPhotos
    /// Avatar groups.
    case groups
    /// The looks of one group.
    case looks(groupID: String)
}
