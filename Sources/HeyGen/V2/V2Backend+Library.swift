import Foundation

/// Voices, video deletion and downloads over the v2 API; no video listing or prompt looks.
extension V2Backend {
    public func voices(_ filter: VoiceFilter) async throws -> [Voice] { try await api.voices(filter) }

    public func videos(limit: Int?) async throws -> [VideoSummary] {
        throw apiVersion.refusal(.videoListing, for: "video list")
    }

    public func deleteVideo(id: String) async throws { try await api.deleteVideo(id: id) }

    public func downloadVideo(id: String, to output: URL) async throws -> VideoDownload {
        try await VideoDownloader(connection: api.connection) { try await api.videoStatus(id: id) }
            .download(videoID: id, to: output)
    }

    public func generateLook(_ request: PromptLookRequest) async throws -> GeneratedLook {
        throw apiVersion.refusal(.promptGeneration, for: "avatar prompt")
    }
}
