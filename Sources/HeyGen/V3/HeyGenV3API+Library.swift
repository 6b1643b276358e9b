import Foundation

/// v3 voices, the video library and prompt-generated looks (heygen-v3.md §3.7, §4.3; developers.heygen.com
/// "Voices": `GET /v3/voices?language&gender&limit&token`).
extension HeyGenV3API {
    /// Every voice matching `filter`, following `next_token` to the end. The filters are sent to HeyGen
    /// and applied again locally (HeyGen's match is documented by example only).
    public func voices(_ filter: VoiceFilter = VoiceFilter(), pageSize: Int = 50) async throws -> [Voice] {
        var query: [URLQueryItem] = []
        if let language = filter.language { query.append(URLQueryItem(name: "language", value: language)) }
        if let gender = filter.gender { query.append(URLQueryItem(name: "gender", value: gender.lowercased())) }
        let all: [Voice] = try await Self.collect { token in
            try await connection.call(
                .get, "/v3/voices", query: query + Self.paging(limit: pageSize, token: token), location: .wholeBody)
        }
        return all.filter(filter.matches)
    }

    /// `GET /v3/videos`, newest first, following `next_token` to the end or until `limit` videos.
    public func videos(limit: Int? = nil, pageSize: Int = 50) async throws -> [VideoSummary] {
        try await Self.collect(limit: limit) { token in
            try await connection.call(
                .get, "/v3/videos", query: Self.paging(limit: min(pageSize, limit ?? pageSize), token: token),
                location: .wholeBody)
        }
    }

    /// `DELETE /v3/videos/{id}`.
    public func deleteVideo(id: String) async throws {
        let _: IgnoredPayload = try await connection.call(.delete, "/v3/videos/\(validatedID(id, "video id"))")
    }

    /// `POST /v3/avatars` with `type: "prompt"`: a look generated from text.
    public func createPromptAvatar(
        _ request: PromptLookRequest, idempotencyKey: String?
    ) async throws
        -> V3CreatedAvatar
    {
        try await connection.call(
            .post, "/v3/avatars", body: .json(request), headers: keyHeader(idempotencyKey),
            replayable: idempotencyKey != nil)
    }
}
