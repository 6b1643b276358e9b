import Foundation

/// Injected fault kinds.
enum Fault: String {
    case rateLimit = "rate_limit"
    case error
    case drop
    case failAfterCommit = "fail_after_commit"
}

extension EmulatorModel {
    /// Picks a fault (or none) for the next request.
    mutating func rollFault() -> Fault? {
        if !queuedFaults.isEmpty {
            let fault = queuedFaults.removeFirst()
            stats.faults[fault.rawValue, default: 0] += 1
            return fault
        }
        let rates = configuration.faults
        var roll = random.unit()
        for (fault, rate) in [
            (Fault.rateLimit, rates.rateLimit), (.error, rates.error), (.drop, rates.drop),
            (.failAfterCommit, rates.failAfterCommit),
        ] {
            if roll < rate {
                stats.faults[fault.rawValue, default: 0] += 1
                return fault
            }
            roll -= rate
        }
        return nil
    }

    /// `/_emulator/*`: `GET /_emulator/stats`, `GET /_emulator/health`, and
    /// `POST /_emulator/faults?next=KIND` to make the next API request fail that way, or the next request
    /// an ``AnswerFault`` fits answer oddly (tests).
    mutating func control(_ request: EmulatorRequest, now: ContinuousClock.Instant) -> EmulatorReply {
        switch (request.method, request.path) {
        case ("POST", "/_emulator/uploads/hold"):
            holdUploadsAfter = request.query["after"].flatMap(Int.init) ?? stats.uploads
            return .json(200, ["hold_after": holdUploadsAfter ?? 0])
        case ("POST", "/_emulator/uploads/release"):
            holdUploadsAfter = nil
            return .json(200, ["hold_after": NSNull()])
        case ("POST", "/_emulator/faults"):
            if let answer = request.query["next"].flatMap(AnswerFault.init(rawValue:)) {
                queuedAnswerFaults.append(answer)
                return .json(200, ["queued": queuedAnswerFaults.count])
            }
            guard let fault = request.query["next"].flatMap(Fault.init(rawValue:)) else {
                return .json(
                    400,
                    [
                        "error":
                            "next must be rate_limit, error, drop, fail_after_commit, empty_looks, short_looks, reorder_looks, undecodable, undecodable_looks or unauthorized_200"
                    ])
            }
            queuedFaults.append(fault)
            return .json(200, ["queued": queuedFaults.count])
        case ("GET", "/_emulator/stats"):
            return .json(200, stats.json(liveGroups: groups.count, liveLooks: looks.count))
        case ("GET", "/_emulator/health"): return .json(200, ["ok": true])
        default: return .html(404, "404 Not Found")
        }
    }

    /// Runs a route; v3 creates with an `Idempotency-Key` are replayed or refused with 409 as HeyGen does.
    mutating func runIdempotent(
        _ route: Route, _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        guard route.isV3Create, let key = request.header("idempotency-key") else {
            return run(route, request, owner: owner, now: now)
        }
        guard isValidIdempotencyKey(key) else {
            return RouteEnvelope.v3.invalid(
                "Idempotency-Key must be 1-255 characters of [A-Za-z0-9_:.-]", param: "Idempotency-Key")
        }
        let scope = IdempotencyStore.scope(owner: owner, method: request.method, path: request.path, key: key)
        switch idempotency.lookup(scope, now: now) {
        case .inProgress:
            stats.idempotencyConflicts += 1
            return RouteEnvelope.v3.error(
                409, code: "request_in_progress", numeric: 409, "A request with this Idempotency-Key is in progress")
        case .replay(let reply):
            stats.idempotentReplays += 1
            return reply
        case .fresh where configuration.idempotencyHold > .zero && !heldIdempotentRequest:
            heldIdempotentRequest = true
            let reply = run(route, request, owner: owner, now: now)
            idempotency.remember(scope, reply: reply, finishesAt: now + configuration.idempotencyHold)
            return .drop
        case .fresh:
            let reply = run(route, request, owner: owner, now: now)
            if case .respond(let status, _, _) = reply, status < 500 {
                idempotency.remember(scope, reply: reply, finishesAt: now + configuration.latency)
            }
            return reply
        }
    }
}
