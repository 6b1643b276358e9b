/// A small, fixed voice library in several languages and both genders.
enum VoiceCatalogue {
    /// (id, name, language, gender).
    static let voices: [(id: String, name: String, language: String, gender: String)] = [
        ("1bd001e7e50f421d891986aad5158bc8", "Sara", "English", "female"),
        ("2d5b0e6cf36f460aa7fc47e3eee4ba54", "Paul", "English", "male"),
        ("3c8e5f2a9b7d4e1f8a6c0b2d4e6f8a1c", "Lucía", "Spanish", "female"),
        ("4a7c9e1b3d5f4a6c8e0b2d4f6a8c0e2b", "Mateo", "Spanish", "male"),
        ("5e9a1c3b5d7f4e8a0c2e4b6d8f0a2c4e", "Aiko", "Japanese", "female"),
        ("6f0b2d4c6e8a4f1b3d5c7e9a1b3d5f7c", "Louis", "French", "male"),
    ]

    /// The `default_voice_id` of every emulated look.
    static var defaultVoiceID: String { voices[0].id }

    static func json(_ voice: (id: String, name: String, language: String, gender: String), v2: Bool) -> [String: Any] {
        var item: [String: Any] = [
            "voice_id": voice.id, "name": voice.name, "language": voice.language, "gender": voice.gender,
            "support_pause": true,
        ]
        item[v2 ? "preview_audio" : "preview_audio_url"] = "https://files.emulator.invalid/voice/\(voice.id).mp3"
        return item
    }
}

/// `GET /v3/voices` (filters `language`, `gender`; cursor pages of 1–100) and `GET /v2/voices` (all at once).
extension EmulatorModel {
    func voicesV3(_ request: EmulatorRequest) -> EmulatorReply {
        if let gender = request.query["gender"], !["male", "female"].contains(gender) {
            return RouteEnvelope.v3.invalid("gender must be male or female", param: "gender")
        }
        let items = VoiceCatalogue.voices.filter { voice in
            request.query["language"].map { $0.lowercased() == voice.language.lowercased() } ?? true
                && request.query["gender"].map { $0 == voice.gender } ?? true
        }
        return page(items.map { VoiceCatalogue.json($0, v2: false) }, request, maxLimit: 100)
    }

    func voicesV2() -> EmulatorReply {
        RouteEnvelope.v2.ok(["voices": VoiceCatalogue.voices.map { VoiceCatalogue.json($0, v2: true) }])
    }
}
