/// `POST /v3/assets` answer.
public struct V3Asset: Codable, Sendable, Equatable {
    /// Asset id, used as `{"type":"asset_id","asset_id":…}` in later calls.
    public var assetID: String
    /// Public URL.
    public var url: String?
    /// Media type detected from the bytes.
    public var mimeType: String?
    /// Size in bytes.
    public var sizeBytes: Int?

    enum CodingKeys: String, CodingKey {
        case url
        case assetID = "asset_id"
        case mimeType = "mime_type"
        case sizeBytes = "size_bytes"
    }
}

/// A v3 `error {code, message}` object on a look, group or video.
public struct V3JobError: Codable, Sendable, Equatable {
    /// Failure code, e.g. `moderation_rejected` (open set).
    public var code: String?
    /// Failure message.
    public var message: String?
}

/// A v3 avatar look (`GET /v3/avatars/looks/{id}`); its `id` is the video's `avatar_id`.
public struct V3Look: Codable, Sendable, Equatable {
    /// Id.
    public var id: String
    /// Display name.
    public var name: String?
    /// `photo_avatar`, `digital_twin`, `studio_avatar` (open set).
    public var avatarType: String?
    /// The group (character) it belongs to.
    public var groupID: String?
    /// `processing`, `completed`, `failed`, `pending_consent` (open set).
    public var status: String?
    /// Set when `status` is `failed`.
    public var error: V3JobError?
    /// Null until the look is usable.
    public var previewImageURL: String?
    /// Image width in pixels, once processed.
    public var imageWidth: Int?
    /// Image height in pixels, once processed.
    public var imageHeight: Int?

    enum CodingKeys: String, CodingKey {
        case id, name, status, error
        case avatarType = "avatar_type"
        case groupID = "group_id"
        case previewImageURL = "preview_image_url"
        case imageWidth = "image_width"
        case imageHeight = "image_height"
    }

    /// Ready means completed with a preview image (HeyGen's own readiness rule).
    public var state: JobState {
        LookSummary(id: id, status: status, message: error?.message, hasPreview: previewImageURL != nil).state
    }
}

/// A v3 avatar group (a character).
public struct V3Group: Codable, Sendable, Equatable {
    /// Id.
    public var id: String
    /// Display name.
    public var name: String
    /// Number of looks.
    public var looksCount: Int?
    /// `processing`, `completed`, `failed` (open set).
    public var status: String?
    /// Preview image, once processed.
    public var previewImageURL: String?

    enum CodingKeys: String, CodingKey {
        case id, name, status
        case looksCount = "looks_count"
        case previewImageURL = "preview_image_url"
    }
}

/// `POST /v3/avatars` answer.
public struct V3CreatedAvatar: Codable, Sendable, Equatable {
    /// The new look; its id is the video `avatar_id`.
    public var avatarItem: V3Look?
    /// The group the look is in (new or given).
    public var avatarGroup: V3Group?

    enum CodingKeys: String, CodingKey {
        case avatarItem = "avatar_item"
        case avatarGroup = "avatar_group"
    }
}

/// One page of a v3 list: `{data: [...], has_more, next_token}`.
public struct V3Page<Item: Decodable & Sendable>: Decodable, Sendable {
    /// Items of this page.
    public var data: [Item]
    /// Whether another page follows.
    public var hasMore: Bool
    /// Pass as `token` to get the next page.
    public var nextToken: String?

    enum CodingKeys: String, CodingKey {
        case data
        case hasMore = "has_more"
        case nextToken = "next_token"
    }
}

/// `aspect_ratio` of a v3 video.
public enum V3AspectRatio: String, CaseIterable, Codable, Sendable {
    case landscape = "16:9"
    case portrait = "9:16"
    case square = "1:1"
    case fourFive = "4:5"
    case fiveFour = "5:4"
    case auto

    /// The v3 ratio for the seed's Avatar IV orientation.
    public init(_ orientation: VideoOrientation) {
        switch orientation {
        case .landscape: self = .landscape
        case .portrait: self = .portrait
        case .square: self = .square
        }
    }
}

/// What a v3 video is made from.
public enum V3VideoSource: Sendable, Equatable {
    /// A photo-avatar look (`type: "avatar"`).
    case look(id: String)
    /// A photo asset straight to Avatar IV (`type: "image"`).
    case image(assetID: String)
}

/// `POST /v3/videos`.
public struct V3VideoRequest: Sendable, Equatable, Encodable {
    /// Look or photo the video is made from.
    public var source: V3VideoSource
    /// What the avatar says, 1–5000 characters.
    public var script: String
    /// HeyGen voice id. Optional for a look (`avatar_id`): HeyGen then speaks with the look's
    /// `default_voice_id` (heygen-v3.md §4.1); required for an image, which has no default voice (§4.2).
    public var voiceID: String?
    /// Video title.
    public var title: String?
    /// Output aspect ratio; HeyGen defaults to 16:9.
    public var aspectRatio: V3AspectRatio?
    /// How the image fills the frame.
    public var fit: VideoFit?
    /// Motion description (Avatar IV).
    public var motionPrompt: String?

    /// Creates a request after checking the script and voice.
    public init(
        source: V3VideoSource, script: String, voiceID: String?, title: String? = nil,
        aspectRatio: V3AspectRatio? = nil, fit: VideoFit? = nil, motionPrompt: String? = nil
    ) throws {
        try VideoScript.validate(script)
        if let voiceID {
            try Validate.nonEmpty(voiceID, "voice_id")
        } else if case .image = source {
            throw HeyGenError.invalidRequest("voice_id is required for a video from an image (it has no default voice)")
        }
        self.source = source
        self.script = script
        self.voiceID = voiceID
        self.title = title
        self.aspectRatio = aspectRatio
        self.fit = fit
        self.motionPrompt = motionPrompt
    }

    enum CodingKeys: String, CodingKey {
        case type, script, title, fit, image
        case avatarID = "avatar_id"
        case voiceID = "voice_id"
        case aspectRatio = "aspect_ratio"
        case motionPrompt = "motion_prompt"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch source {
        case .look(let id):
            try container.encode("avatar", forKey: .type)
            try container.encode(id, forKey: .avatarID)
        case .image(let assetID):
            try container.encode("image", forKey: .type)
            try container.encode(AssetInput(assetID: assetID), forKey: .image)
        }
        try container.encode(script, forKey: .script)
        try container.encodeIfPresent(voiceID, forKey: .voiceID)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(aspectRatio, forKey: .aspectRatio)
        try container.encodeIfPresent(fit, forKey: .fit)
        try container.encodeIfPresent(motionPrompt, forKey: .motionPrompt)
    }
}

/// `{"type": "asset_id", "asset_id": …}`.
struct AssetInput: Encodable {
    let type = "asset_id"
    let assetID: String

    enum CodingKeys: String, CodingKey {
        case type
        case assetID = "asset_id"
    }
}

struct V3VideoStarted: Decodable {
    var videoID: String
    enum CodingKeys: String, CodingKey { case videoID = "video_id" }
}

/// `GET /v3/videos/{id}` data.
struct V3Video: Decodable {
    var id: String
    var status: String
    var duration: Double?
    var videoURL: String?
    var thumbnailURL: String?
    var subtitleURL: String?
    var failureCode: String?
    var failureMessage: String?

    enum CodingKeys: String, CodingKey {
        case id, status, duration
        case videoURL = "video_url"
        case thumbnailURL = "thumbnail_url"
        case subtitleURL = "subtitle_url"
        case failureCode = "failure_code"
        case failureMessage = "failure_message"
    }

    /// The same shape the v2 status uses, so callers see one type.
    var normalized: VideoStatus {
        let failure =
            failureCode == nil && failureMessage == nil
            ? nil : VideoStatus.VideoFailure(code: failureCode.map(FlexibleCode.init), message: failureMessage)
        let status = ["waiting", "queued"].contains(self.status) ? "pending" : self.status
        return VideoStatus(
            id: id, status: status, duration: duration, videoURL: videoURL, thumbnailURL: thumbnailURL, error: failure,
            captionURL: subtitleURL)
    }
}
