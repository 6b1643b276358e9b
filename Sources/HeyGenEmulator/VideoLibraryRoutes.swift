import Foundation

/// Voices, the video list and video deletion (v1 and v3).
extension EmulatorModel {
    mutating func runLibrary(
        _ route: Route, _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    ) -> EmulatorReply {
        switch route {
        case .v3Voices: return voicesV3(request)
        case .v2Voices: return voicesV2()
        case .v3Videos:
            let items = videos.values.filter { $0.owner == owner }
                .sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
                .map { video -> [String: Any] in
                    [
                        "id": video.id, "title": video.title, "status": videoPhase(video, now: now),
                        "created_at": video.createdAtEpoch,
                    ]
                }
            return page(items, request, maxLimit: 100)
        case .v3DeleteVideo(let id):
            guard videos[id]?.owner == owner else { return RouteEnvelope.v3.notFound("Video \(id) not found") }
            videos.removeValue(forKey: id)
            return RouteEnvelope.v3.ok(["id": id, "deleted": true])
        case .deleteVideoV1:
            guard let id = request.query["video_id"], videos[id]?.owner == owner else {
                return RouteEnvelope.v1.error(404, code: "not_found", numeric: 40104, "Video not found")
            }
            videos.removeValue(forKey: id)
            return RouteEnvelope.v1.ok(NSNull())
        default: return .html(404, "404 Not Found")
        }
    }
}
