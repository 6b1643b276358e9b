/// What a video says and how it is titled; shared by every video request.
public struct VideoSpeech: Sendable, Equatable {
    /// What the avatar says, 1–5000 characters.
    public var script: String
    /// HeyGen voice id (`voices list`); nil speaks with the look's default voice where the generation has
    /// ``ServiceCapabilities/defaultVoice``.
    public var voiceID: String?
    /// Video title.
    public var title: String
    /// Render afresh even when the same request was sent within HeyGen's 24 h replay window (v3's
    /// Idempotency-Key would otherwise return the earlier video).
    public var freshRender: Bool

    /// Creates a value (checked when a request is built from it).
    public init(script: String, voiceID: String?, title: String, freshRender: Bool = false) {
        self.script = script
        self.voiceID = voiceID
        self.title = title
        self.freshRender = freshRender
    }

    /// The voice id, or an error where no default voice exists.
    func requiredVoiceID() throws -> String {
        guard let voiceID else {
            throw HeyGenError.invalidRequest("a voice id is required here; find one with `voices list`")
        }
        return voiceID
    }
}

/// An Avatar IV video made straight from a photo, in terms both generations understand.
public struct PhotoVideoRequest: Sendable, Equatable {
    /// The photo: a v2 image key or a v3 asset id (what ``UploadBackend/upload(_:contentType:contentHash:)`` returns).
    public var photo: String
    /// Script, voice and title.
    public var speech: VideoSpeech
    /// Portrait, landscape or square; HeyGen's default when nil.
    public var orientation: VideoOrientation?
    /// How the image fills the frame.
    public var fit: VideoFit?
    /// Motion description.
    public var motionPrompt: String?
    /// Let HeyGen rewrite the motion prompt. Needs ``ServiceCapabilities/motionPromptEnhancement``.
    public var enhanceMotionPrompt: Bool

    /// Creates a request.
    public init(
        photo: String, speech: VideoSpeech, orientation: VideoOrientation? = nil, fit: VideoFit? = nil,
        motionPrompt: String? = nil, enhanceMotionPrompt: Bool = false
    ) {
        self.photo = photo
        self.speech = speech
        self.orientation = orientation
        self.fit = fit
        self.motionPrompt = motionPrompt
        self.enhanceMotionPrompt = enhanceMotionPrompt
    }
}
