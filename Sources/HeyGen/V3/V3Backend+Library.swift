import Foundation

/// Voices, the video library, downloads and prompt looks over the v3 API.
extension V3Backend {
    public func voices(_ filter: VoiceFilter) async throws -> [Voice] { try await api.voices(filter) }

    public func videos(limit: Int?) async throws -> [VideoSummary] { try await api.videos(limit: limit) }

    public func deleteVideo(id: String) async throws { try await api.deleteVideo(id: id) }

    public func downloadVideo(id: String, to output: URL) async throws -> VideoDownload {
        try await VideoDownloader(connection: api.connection) { try await api.videoStatus(id: id) }
            .download(videoID: id, to: output)
    }

    /// One fresh Idempotency-Key per call: the client's retries of this create are replays, while running
    /// the command again deliberately makes another look.
    public func generateLook(_ request: PromptLookRequest) async throws -> GeneratedLook {
        let key = "pp-prompt-avatar-\(UUID().uuidString.lowercased())"
        let created = try await api.createPromptAvatar(request, idempotencyKey: key)
        guard let look = created.avatarItem else {
            throw HeyGenError.unexpectedResponse("create avatar answered without avatar_item")
        }
        return GeneratedLook(lookID: look.id, groupID: created.avatarGroup?.id ?? look.groupID)
    }
}
