import Foundation

/// Odd but successful answers, queued by tests with `POST /_emulator/faults?next=KIND`. Each applies
/// to the next request it fits, after the route has acted.
enum AnswerFault: String {
    /// The next v2 add-looks answers 2xx with an empty `photo_avatar_list`.
    case emptyLooks = "empty_looks"
    /// The next v2 add-looks answers 2xx with the last look left out of the list.
    case shortLooks = "short_looks"
    /// The next v2 add-looks answers 2xx with the list in reverse order.
    case reorderLooks = "reorder_looks"
    /// The next group create (v2 group create, v3 avatar create) acts, then answers 2xx with a body
    /// that does not decode.
    case undecodable
    /// The next v2 add-looks acts, then answers 2xx with a body that does not decode.
    case undecodableLooks = "undecodable_looks"
    /// The next v1 upload answers HTTP 200 with the v1 authentication code 400112 "Unauthorized".
    case unauthorizedOn200 = "unauthorized_200"

    /// Whether this fault applies to `route`.
    func fits(_ route: Route) -> Bool {
        switch self {
        case .emptyLooks, .shortLooks, .reorderLooks: route == .addLooks
        case .undecodable: route == .createGroup || route == .v3CreateAvatar
        case .undecodableLooks: route == .addLooks
        case .unauthorizedOn200: route == .uploadAsset
        }
    }

    /// `reply` as this fault reshapes it; non-2xx replies pass unchanged.
    func reshape(_ reply: EmulatorReply) -> EmulatorReply {
        guard case .respond(let status, let headers, let body) = reply, (200..<300).contains(status) else {
            return reply
        }
        if self == .unauthorizedOn200 { return .json(200, ["code": 400112, "message": "Unauthorized"]) }
        if self == .undecodable || self == .undecodableLooks {
            return .respond(status: status, headers: headers, body: Array(#"{"error":null,"data":"ok"}"#.utf8))
        }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any],
            var data = object["data"] as? [String: Any], var list = data["photo_avatar_list"] as? [Any]
        else { return reply }
        switch self {
        case .emptyLooks: list = []
        case .shortLooks: list = Array(list.dropLast())
        case .reorderLooks: list.reverse()
        case .undecodable, .undecodableLooks, .unauthorizedOn200: break
        }
        data["photo_avatar_list"] = list
        object["data"] = data
        return .json(status, object)
    }
}

extension EmulatorModel {
    /// Applies the first queued answer fault that fits `route` to `reply`.
    mutating func applyAnswerFault(_ route: Route, to reply: EmulatorReply) -> EmulatorReply {
        guard let index = queuedAnswerFaults.firstIndex(where: { $0.fits(route) }) else { return reply }
        let fault = queuedAnswerFaults.remove(at: index)
        stats.faults[fault.rawValue, default: 0] += 1
        return fault.reshape(reply)
    }

    /// Whether the list routes show something created at `createdAt` yet (``EmulatorConfiguration/listLag``).
    func isListed(createdAt: ContinuousClock.Instant, now: ContinuousClock.Instant) -> Bool {
        now - createdAt >= configuration.listLag
    }

    /// The look ids of `group` the list routes show now.
    func listedLookIDs(_ group: StoredGroup, now: ContinuousClock.Instant) -> [String] {
        group.lookIDs.filter { id in looks[id].map { isListed(createdAt: $0.createdAt, now: now) } ?? false }
    }
}
