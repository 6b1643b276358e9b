import Foundation

extension V3Backend {
    /// Renders of one request tried at most, so a video that fails at once cannot loop.
    static let maximumVideoAttempts = 5

    /// Creates the video `body` describes and returns its id. The Idempotency-Key makes HeyGen replay an
    /// earlier create of the same body within 24 h; when the video it replays has failed, the next attempt's
    /// key is used instead, so a failure is rendered again rather than returned again. `freshRender`
    /// (`--new`) starts from a key no earlier run used.
    func createVideo(_ body: V3VideoRequest, freshRender: Bool) async throws -> String {
        let nonce = freshRender ? UUID().uuidString : ""
        var id = ""
        for attempt in 0..<Self.maximumVideoAttempts {
            id = try await api.createVideo(body, idempotencyKey: body.idempotencyKey(attempt: attempt, nonce: nonce))
            guard case .failed = try await api.videoStatus(id: id).state else { return id }
        }
        return id
    }
}
