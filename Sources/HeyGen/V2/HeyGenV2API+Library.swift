import Foundation

/// v2 voices and video deletion (heygen-api.md §2.21; HeyGen's `GET /v2/voices`).
extension HeyGenV2API {
    /// `GET /v2/voices`, filtered locally (the v2 route takes no filters).
    public func voices(_ filter: VoiceFilter = VoiceFilter()) async throws -> [Voice] {
        struct VoiceList: Decodable { var voices: [Voice] }
        let list: VoiceList = try await connection.call(.get, "/v2/voices")
        return list.voices.filter(filter.matches)
    }

    /// `DELETE /v1/video.delete?video_id=`.
    public func deleteVideo(id: String) async throws {
        let _: IgnoredPayload = try await connection.call(
            .delete, "/v1/video.delete", query: [URLQueryItem(name: "video_id", value: validatedID(id, "video id"))])
    }
}
