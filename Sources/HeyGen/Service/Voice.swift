import Foundation

/// A HeyGen voice: what `video … --voice-id` takes.
public struct Voice: Codable, Sendable, Equatable {
    /// The id to pass as `voice_id`.
    public var id: String
    /// Display name.
    public var name: String?
    /// Language name, e.g. `English`.
    public var language: String?
    /// `male` or `female` (HeyGen's spelling; v2 sometimes capitalises).
    public var gender: String?
    /// A sample of the voice.
    public var previewAudioURL: String?

    /// Creates a voice.
    public init(id: String, name: String?, language: String?, gender: String?, previewAudioURL: String? = nil) {
        self.id = id
        self.name = name
        self.language = language
        self.gender = gender
        self.previewAudioURL = previewAudioURL
    }

    enum CodingKeys: String, CodingKey {
        case name, language, gender
        case id = "voice_id"
        case previewAudioURL = "preview_audio_url"
        case previewAudio = "preview_audio"
    }

    /// Decodes v3 (`preview_audio_url`) and v2 (`preview_audio`) voices.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        gender = try container.decodeIfPresent(String.self, forKey: .gender)
        previewAudioURL =
            try container.decodeIfPresent(String.self, forKey: .previewAudioURL)
            ?? container.decodeIfPresent(String.self, forKey: .previewAudio)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(gender, forKey: .gender)
        try container.encodeIfPresent(previewAudioURL, forKey: .previewAudioURL)
    }
}

/// Which voices `voices list` shows. Both filters compare case-insensitively; nil shows all.
public struct VoiceFilter: Sendable, Equatable {
    /// Language name, e.g. `English`.
    public var language: String?
    /// `male` or `female`.
    public var gender: String?

    /// Creates a filter.
    public init(language: String? = nil, gender: String? = nil) {
        self.language = language
        self.gender = gender
    }

    /// Whether `voice` passes the filter.
    public func matches(_ voice: Voice) -> Bool {
        func same(_ wanted: String?, _ actual: String?) -> Bool {
            guard let wanted else { return true }
            return actual?.caseInsensitiveCompare(wanted) == .orderedSame
        }
        return same(language, voice.language) && same(gender, voice.gender)
    }
}
