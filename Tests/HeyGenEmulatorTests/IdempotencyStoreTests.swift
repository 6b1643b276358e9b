import Foundation
import Testing

@testable import HeyGenEmulator

/// The emulator's Idempotency-Key memory, driven by explicit instants instead of wall-clock races: a repeat
/// that arrives before the first request has finished is "in progress" (HTTP 409), one after it is a replay.
@Suite struct IdempotencyStoreTests {
    let scope = IdempotencyStore.scope(owner: "key-a", method: "POST", path: "/v3/avatars", key: "race-1")
    let reply = EmulatorReply.json(200, ["data": ["id": "look-1"]])
    let start = ContinuousClock.now

    @Test func repeatBeforeTheFirstFinishesIsInProgress() {
        var store = IdempotencyStore()
        #expect(isFresh(store.lookup(scope, now: start)))
        store.remember(scope, reply: reply, finishesAt: start + .milliseconds(300))
        #expect(isInProgress(store.lookup(scope, now: start + .milliseconds(1))))
        #expect(isInProgress(store.lookup(scope, now: start + .milliseconds(299))))
    }

    @Test func repeatAfterTheFirstFinishesReplaysTheSameAnswer() {
        var store = IdempotencyStore()
        store.remember(scope, reply: reply, finishesAt: start + .milliseconds(300))
        guard case .replay(let replayed) = store.lookup(scope, now: start + .milliseconds(300)) else {
            Issue.record("expected a replay once the first request has finished")
            return
        }
        #expect(body(of: replayed) == body(of: reply))
    }

    @Test func entriesExpireAfterADayAndAreScopedByKeyAndPath() {
        var store = IdempotencyStore()
        store.remember(scope, reply: reply, finishesAt: start)
        let otherKey = IdempotencyStore.scope(owner: "key-b", method: "POST", path: "/v3/avatars", key: "race-1")
        let otherPath = IdempotencyStore.scope(owner: "key-a", method: "POST", path: "/v3/assets", key: "race-1")
        #expect(isFresh(store.lookup(otherKey, now: start + .seconds(1))))
        #expect(isFresh(store.lookup(otherPath, now: start + .seconds(1))))
        #expect(!isFresh(store.lookup(scope, now: start + .seconds(86_399))))
        #expect(isFresh(store.lookup(scope, now: start + .seconds(86_401))))
    }

    private func isFresh(_ lookup: IdempotencyStore.Lookup) -> Bool {
        if case .fresh = lookup { return true }
        return false
    }

    private func isInProgress(_ lookup: IdempotencyStore.Lookup) -> Bool {
        if case .inProgress = lookup { return true }
        return false
    }

    private func body(of reply: EmulatorReply) -> [UInt8]? {
        if case .respond(_, _, let body) = reply { return body }
        return nil
    }
}
