/// `video_orientation` of Avatar IV.
public enum VideoOrientation: String, CaseIterable, Codable, Sendable {
    case portrait, landscape, square
}

/// `fit` of Avatar IV.
public enum VideoFit: String, CaseIterable, Codable, Sendable {
    case cover, contain
}

/// `POST /v2/video/av4/generate`: an Avatar IV video straight from an image key.
public struct AvatarIVRequest: Codable, Sendable, Equatable {
    /// Image key of an uploaded photo.
    public var imageKey: String
    /// Video title (required by HeyGen's guide).
    public var videoTitle: String
    /// What the avatar says, 1–5000 characters.
    public var script: String
    /// HeyGen voice id.
    public var voiceID: String
    /// Output orientation (portrait 720×1280, landscape 1280×720, square 720×720).
    public var videoOrientation: VideoOrientation?
    /// How the photo fills the frame.
    public var fit: VideoFit?
    /// Motion or expression description.
    public var customMotionPrompt: String?
    /// Let HeyGen rewrite the motion prompt.
    public var enhanceCustomMotionPrompt: Bool?

    enum CodingKeys: String, CodingKey {
        case script, fit
        case imageKey = "image_key"
        case videoTitle = "video_title"
        case voiceID = "voice_id"
        case videoOrientation = "video_orientation"
        case customMotionPrompt = "custom_motion_prompt"
        case enhanceCustomMotionPrompt = "enhance_custom_motion_prompt"
    }

    /// Creates a request after checking it.
    public init(
        imageKey: String, videoTitle: String, script: String, voiceID: String,
        videoOrientation: VideoOrientation? = nil, fit: VideoFit? = nil, customMotionPrompt: String? = nil,
        enhanceCustomMotionPrompt: Bool? = nil
    ) throws {
        try Validate.nonEmpty(imageKey, "image_key")
        try Validate.nonEmpty(videoTitle, "video_title")
        try Validate.nonEmpty(voiceID, "voice_id")
        try VideoScript.validate(script)
        self.imageKey = imageKey
        self.videoTitle = videoTitle
        self.script = script
        self.voiceID = voiceID
        self.videoOrientation = videoOrientation
        self.fit = fit
        self.customMotionPrompt = customMotionPrompt
        self.enhanceCustomMotionPrompt = enhanceCustomMotionPrompt
    }
}

/// Script limits shared by every video request.
public enum VideoScript {
    /// Longest script in characters (current docs; older docs said 1500).
    public static let maxLength = 5000

    static func validate(_ script: String) throws {
        try Validate.nonEmpty(script, "script")
        try Validate.maxLength(script, maxLength, "script")
    }
}

/// `POST /v2/video/generate` with one `talking_photo` scene.
public struct TalkingPhotoVideoRequest: Sendable, Equatable {
    /// Talking photo (look) id.
    public var talkingPhotoID: String
    /// What the avatar says, 1–5000 characters.
    public var script: String
    /// HeyGen voice id.
    public var voiceID: String
    /// Output width in pixels: even, 128–4096. Default 1280.
    public var width: Int
    /// Output height in pixels: even, 128–4096. Default 720.
    public var height: Int
    /// Video title.
    public var title: String?

    /// Creates a request after checking it.
    public init(
        talkingPhotoID: String, script: String, voiceID: String, width: Int = 1280, height: Int = 720,
        title: String? = nil
    ) throws {
        try Validate.nonEmpty(talkingPhotoID, "talking_photo_id")
        try Validate.nonEmpty(voiceID, "voice_id")
        try VideoScript.validate(script)
        for (value, field) in [(width, "width"), (height, "height")]
        where !(128...4096).contains(value) || value % 2 != 0 {
            throw HeyGenError.invalidRequest("\(field) must be an even number from 128 to 4096, not \(value)")
        }
        self.talkingPhotoID = talkingPhotoID
        self.script = script
        self.voiceID = voiceID
        self.width = width
        self.height = height
        self.title = title
    }
}

extension TalkingPhotoVideoRequest: Encodable {
    private struct Body: Encodable {
        struct Character: Encodable {
            let type = "talking_photo"
            let talking_photo_id: String
        }
        struct Voice: Encodable {
            let type = "text"
            let input_text: String
            let voice_id: String
        }
        struct Scene: Encodable {
            let character: Character
            let voice: Voice
        }
        struct Dimension: Encodable {
            let width: Int
            let height: Int
        }
        let video_inputs: [Scene]
        let dimension: Dimension
        let title: String?
    }

    public func encode(to encoder: any Encoder) throws {
        let scene = Body.Scene(
            character: .init(talking_photo_id: talkingPhotoID), voice: .init(input_text: script, voice_id: voiceID))
        try Body(video_inputs: [scene], dimension: .init(width: width, height: height), title: title).encode(
            to: encoder)
    }
}

struct VideoStarted: Decodable {
    var videoID: String
    enum CodingKeys: String, CodingKey { case videoID = "video_id" }
}

/// A code HeyGen sends as a number or a string (`40119`, `"MOVIO_PAYMENT_INSUFFICIENT_CREDIT"`).
public struct FlexibleCode: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The code as text.
    public var description: String

    /// Wraps a textual code.
    public init(_ text: String) { description = text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            description = String(number)
        } else {
            description = try container.decode(String.self)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// `GET /v1/video_status.get` (v2) or `GET /v3/videos/{id}` (v3), normalised.
public struct VideoStatus: Codable, Sendable, Equatable {
    /// The video id.
    public var id: String?
    /// `pending`, `waiting`, `processing`, `completed`, `failed`.
    public var status: String
    /// Length in seconds once completed.
    public var duration: Double?
    /// Signed download URL once completed.
    public var videoURL: String?
    /// Thumbnail URL once completed.
    public var thumbnailURL: String?
    /// Signed captions (SRT) URL once completed, when HeyGen made captions (v1 `caption_url`, v3 `subtitle_url`).
    public var captionURL: String?
    /// Failure detail (v1 `error` object).
    public var error: VideoFailure?

    /// v1 video failure object (v3: `failure_code` / `failure_message`).
    public struct VideoFailure: Codable, Sendable, Equatable {
        /// HeyGen failure code (number or string).
        public var code: FlexibleCode?
        /// Failure message.
        public var message: String?
        /// Longer explanation.
        public var detail: String?

        /// Creates a value.
        public init(code: FlexibleCode? = nil, message: String? = nil, detail: String? = nil) {
            self.code = code
            self.message = message
            self.detail = detail
        }
    }

    /// Creates a value.
    public init(
        id: String?, status: String, duration: Double? = nil, videoURL: String? = nil, thumbnailURL: String? = nil,
        error: VideoFailure? = nil, captionURL: String? = nil
    ) {
        self.captionURL = captionURL
        self.id = id
        self.status = status
        self.duration = duration
        self.videoURL = videoURL
        self.thumbnailURL = thumbnailURL
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case id, status, duration, error
        case videoURL = "video_url"
        case thumbnailURL = "thumbnail_url"
        case captionURL = "caption_url"
    }

    /// The failure text to show a user.
    public var failureMessage: String? {
        guard let error else { return nil }
        return [error.code?.description, error.message, error.detail].compactMap { $0 }.joined(separator: ": ")
    }
}
