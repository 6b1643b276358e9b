/// A photo avatar or look (`GET /v2/photo_avatar/{id}`, group create, add looks, group looks).
public struct PhotoAvatar: Codable, Sendable, Equatable {
    /// Avatar/look id; usable as `talking_photo_id`.
    public var id: String
    /// The group it belongs to (equal to `id` for a group's first avatar).
    public var groupID: String?
    /// Display name.
    public var name: String?
    /// Signed preview URL; for uploads it contains the image key's path.
    public var imageURL: String?
    /// `pending`, `completed`, `failed`, `moderation_rejected`, …
    public var status: String?
    /// Creation time, epoch seconds.
    public var createdAt: Double?
    /// Whether this is a motion avatar.
    public var isMotion: Bool?
    /// Moderation message when rejected (community-observed field).
    public var moderationMessage: String?

    enum CodingKeys: String, CodingKey {
        case id, name, status
        case groupID = "group_id"
        case imageURL = "image_url"
        case createdAt = "created_at"
        case isMotion = "is_motion"
        case moderationMessage = "moderation_msg"
    }

    /// Creates a value.
    public init(id: String, groupID: String? = nil, name: String? = nil, imageURL: String? = nil, status: String? = nil)
    {
        self.id = id
        self.groupID = groupID
        self.name = name
        self.imageURL = imageURL
        self.status = status
    }

    /// Whether this look was made from `imageKey` (its image URL carries the key's path).
    public func wasMade(from imageKey: String) -> Bool { ImageKeyMatch.url(imageURL, carries: imageKey) }
}

/// `POST /v2/photo_avatar/avatar_group/create`.
public struct CreateAvatarGroupRequest: Encodable, Sendable {
    /// Display name, 1–256 characters.
    public var name: String
    /// Image key from the upload (or an AI generation's `image_key_list`).
    public var imageKey: String
    /// AI generation id, when `imageKey` came from one.
    public var generationID: String?

    enum CodingKeys: String, CodingKey {
        case name
        case imageKey = "image_key"
        case generationID = "generation_id"
    }

    /// Creates a request after checking it.
    public init(name: String, imageKey: String, generationID: String? = nil) throws {
        try Validate.name(name)
        try Validate.nonEmpty(imageKey, "image_key")
        self.name = name
        self.imageKey = imageKey
        self.generationID = generationID
    }
}

/// `POST /v2/photo_avatar/avatar_group/add`: 1–4 image keys per call.
public struct AddLooksRequest: Encodable, Sendable {
    /// Largest number of image keys one call accepts.
    public static let maxImageKeys = 4

    /// Target group.
    public var groupID: String
    /// 1–4 image keys.
    public var imageKeys: [String]
    /// Name given to the new looks.
    public var name: String
    /// AI generation id, when the keys came from one.
    public var generationID: String?

    enum CodingKeys: String, CodingKey {
        case name
        case groupID = "group_id"
        case imageKeys = "image_keys"
        case generationID = "generation_id"
    }

    /// Creates a request after checking it.
    public init(groupID: String, imageKeys: [String], name: String, generationID: String? = nil) throws {
        try Validate.nonEmpty(groupID, "group_id")
        try Validate.name(name)
        guard (1...Self.maxImageKeys).contains(imageKeys.count) else {
            throw HeyGenError.invalidRequest("image_keys must hold 1 to 4 keys, not \(imageKeys.count)")
        }
        for key in imageKeys { try Validate.nonEmpty(key, "image_keys[]") }
        self.groupID = groupID
        self.imageKeys = imageKeys
        self.name = name
        self.generationID = generationID
    }
}

/// The `data` of a successful add-looks call.
struct AddLooksResponse: Decodable {
    var photoAvatarList: [PhotoAvatar]
    enum CodingKeys: String, CodingKey { case photoAvatarList = "photo_avatar_list" }
}

/// An avatar group (`GET /v2/avatar_group.list`).
public struct AvatarGroup: Codable, Sendable, Equatable {
    /// Group id.
    public var id: String
    /// Display name.
    public var name: String?
    /// Number of looks.
    public var lookCount: Int?
    /// Training status, if reported.
    public var trainStatus: String?

    enum CodingKeys: String, CodingKey {
        case id, name
        case lookCount = "num_looks"
        case trainStatus = "train_status"
    }
}

struct AvatarGroupListResponse: Decodable {
    var avatarGroupList: [AvatarGroup]
    enum CodingKeys: String, CodingKey { case avatarGroupList = "avatar_group_list" }
}

struct GroupLooksResponse: Decodable {
    var avatarList: [PhotoAvatar]
    enum CodingKeys: String, CodingKey { case avatarList = "avatar_list" }
}

/// A legacy talking photo (`GET /v1/talking_photo.list`).
public struct TalkingPhoto: Codable, Sendable, Equatable {
    /// Usable as `talking_photo_id`.
    public var id: String
    /// Preview URL.
    public var imageURL: String?

    enum CodingKeys: String, CodingKey {
        case id
        case imageURL = "image_url"
    }
}

/// Training job status (`GET /v2/photo_avatar/train/status/{group_id}`).
public struct TrainingStatus: Codable, Sendable, Equatable {
    /// `pending`, `training`, `processing`, `ready`, `failed`.
    public var status: String
    /// Failure reason.
    public var errorMessage: String?

    enum CodingKeys: String, CodingKey {
        case status
        case errorMessage = "error_msg"
    }
}

/// The train call's answer, whose shape varies (null, `{flow_id}`, or a nested v1 envelope).
public struct TrainingStarted: Decodable, Sendable {
    /// The training flow id, when HeyGen sends one.
    public var flowID: String?

    enum CodingKeys: String, CodingKey {
        case flowID = "flow_id"
        case data
    }

    public init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else { return }
        if let flow = try? container.decodeIfPresent(String.self, forKey: .flowID) {
            flowID = flow
        } else if let nested = try? container.nestedContainer(keyedBy: CodingKeys.self, forKey: .data) {
            flowID = try? nested.decodeIfPresent(String.self, forKey: .flowID)
        }
    }
}

/// Matches a look's image URL to the image key it was made from: HeyGen serves a look's image under the
/// key's path (`image/<id>/original`), with a signed query string (heygen-api.md §2.2, an inference).
enum ImageKeyMatch {
    static func url(_ url: String?, carries imageKey: String) -> Bool {
        guard let url, !imageKey.isEmpty else { return false }
        let stem = imageKey.split(separator: ".").first.map(String.init) ?? imageKey
        return url.contains(stem)
    }
}
