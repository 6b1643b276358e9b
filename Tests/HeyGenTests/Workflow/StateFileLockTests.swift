import Foundation
import HeyGen
import Testing

@Suite struct StateFileLockTests {
    func stateFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)/state/uploads.json")
    }

    /// The holder named by a refusal, or `nil` if `body` did not throw ``StateFileLockError/inUse``.
    func refusal(_ body: () throws -> StateFileLock) -> (path: String, holder: StateFileLockHolder?)? {
        do {
            _ = try body()
            return nil
        } catch StateFileLockError.inUse(let path, let holder) {
            return (path, holder)
        } catch {
            return nil
        }
    }

    @Test func aSecondDescriptorInTheSameProcessIsRefusedAndToldTheHoldersPID() throws {
        let state = stateFile()
        let first = try StateFileLock.acquire(stateFile: state)
        let refused = try #require(refusal { try StateFileLock.acquire(stateFile: state) })
        #expect(refused.path == state.path)
        #expect(refused.holder?.pid == getpid())
        #expect(refused.holder?.host.isEmpty == false)
        let message = "\(StateFileLockError.inUse(statePath: refused.path, holder: refused.holder))"
        #expect(message.contains("state file \(state.path) is in use by another upload (pid \(getpid()))"))
        #expect(message.contains("--wait-for-lock"))
        #expect(message.contains("--state"))
        first.release()
    }

    @Test func locksBeforeTheStateFileExistsAndLeavesItAlone() throws {
        let state = stateFile()
        let lock = try StateFileLock.acquire(stateFile: state)
        #expect(lock.lockURL.path == state.path + ".lock")
        #expect(!FileManager.default.fileExists(atPath: state.path))
        let text = try String(contentsOf: lock.lockURL, encoding: .utf8)
        #expect(text.contains("pid=\(getpid())\n"))
        lock.release()
    }

    @Test func releaseAndDeinitLetTheNextIn() throws {
        let state = stateFile()
        let first = try StateFileLock.acquire(stateFile: state)
        first.release()
        first.release()
        #expect(try String(contentsOf: first.lockURL, encoding: .utf8).isEmpty)
        do {
            let scoped = try StateFileLock.acquire(stateFile: state)
            #expect(refusal { try StateFileLock.acquire(stateFile: state) } != nil)
            _ = scoped
        }
        let next = try StateFileLock.acquire(stateFile: state)
        #expect(FileManager.default.fileExists(atPath: next.lockURL.path))
        next.release()
    }

    /// Counts, across threads, the runs that tried and the ones that got the lock.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var tried = 0
        private var won = 0
        func record(won: Bool) {
            lock.withLock {
                tried += 1
                if won { self.won += 1 }
            }
        }
        var counts: (tried: Int, won: Int) { lock.withLock { (tried, won) } }
    }

    @Test func racingAcquiresOnThreadsReleasedTogetherLetExactlyOneIn() throws {
        let state = stateFile()
        let runs = 8
        let go = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        let tally = Tally()
        for _ in 0..<runs {
            done.enter()
            Thread {
                go.wait()
                let lock = try? StateFileLock.acquire(stateFile: state)
                tally.record(won: lock != nil)
                // The winner holds the lock until every run has tried.
                while lock != nil, tally.counts.tried < runs { usleep(1_000) }
                lock?.release()
                done.leave()
            }.start()
        }
        for _ in 0..<runs { go.signal() }
        done.wait()
        #expect(tally.counts.tried == runs)
        #expect(tally.counts.won == 1)
    }

    @Test func waitingAcquireGetsInOnceTheHolderReleases() async throws {
        let state = stateFile()
        let first = try StateFileLock.acquire(stateFile: state)
        let waiter = Task {
            let lock = try await StateFileLock.acquireWaiting(stateFile: state, pollInterval: .milliseconds(10))
            let text = try String(contentsOf: lock.lockURL, encoding: .utf8)
            lock.release()
            return text
        }
        try await Task.sleep(for: .milliseconds(150))
        first.release()
        let text = try await waiter.value
        #expect(text.contains("pid=\(getpid())\n"))
    }

    @Test func waitingAcquireTimesOutNamingTheHolder() async throws {
        let state = stateFile()
        let first = try StateFileLock.acquire(stateFile: state)
        let started = ContinuousClock.now
        do {
            _ = try await StateFileLock.acquireWaiting(
                stateFile: state, timeout: .milliseconds(100), pollInterval: .milliseconds(10))
            Issue.record("acquired a held lock")
        } catch StateFileLockError.timedOut(let path, let holder, let waited) {
            #expect(path == state.path)
            #expect(holder?.pid == getpid())
            #expect(waited == .milliseconds(100))
        }
        #expect(ContinuousClock.now - started >= .milliseconds(100))
        first.release()
    }
}
