/// One video of `video list`.
public struct VideoSummary: Codable, Sendable, Equatable {
    /// The video id.
    public var id: String
    /// Its title.
    public var title: String?
    /// `pending`, `processing`, `completed`, `failed`.
    public var status: String?
    /// Creation time, seconds since 1970.
    public var createdAt: Int?

    /// Creates a summary.
    public init(id: String, title: String?, status: String?, createdAt: Int?) {
        self.id = id
        self.title = title
        self.status = status
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, title, status
        case createdAt = "created_at"
    }
}
