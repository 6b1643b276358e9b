import PreflightSupport
import Synchronization
import Testing

struct BoundedConcurrencyTests {
    @Test func deliversInInputOrderWithBoundedConcurrency() async {
        let running = Mutex((now: 0, peak: 0))
        var delivered: [Int] = []
        let inputs = Array(0..<40)
        await BoundedConcurrency.map(inputs, limit: 3) { value in
            running.withLock {
                $0.now += 1; $0.peak = max($0.peak, $0.now)
            }
            // Later inputs finish sooner, so results arrive out of order.
            try? await Task.sleep(for: .milliseconds(40 - value))
            running.withLock { $0.now -= 1 }
            return value * 2
        } deliver: { index, output in
            #expect(output == index * 2)
            delivered.append(index)
        }
        #expect(delivered == inputs)
        let peak = running.withLock { $0.peak }
        #expect(peak <= 3 && peak >= 2)
    }

    struct Refused: Error, Equatable {}

    @Test func forEachStopsAtTheFirstErrorAndRethrowsIt() async {
        let started = Mutex(0)
        await #expect(throws: Refused.self) {
            try await BoundedConcurrency.forEach(Array(0..<100), limit: 2) { value in
                started.withLock { $0 += 1 }
                if value == 3 { throw Refused() }
                try await Task.sleep(for: .milliseconds(5))
            }
        }
        #expect(started.withLock { $0 } < 100, "no new item starts after the error")
    }

    @Test func forEachRunsEveryItemOnce() async {
        let seen = Mutex<[Int]>([])
        await BoundedConcurrency.forEach(Array(0..<25), limit: 4) { value in
            seen.withLock { $0.append(value) }
        }
        #expect(seen.withLock { $0 }.sorted() == Array(0..<25))
    }

    @Test func chunksKeepOrderAndTheLastChunkIsShort() {
        #expect(BoundedConcurrency.chunked(Array(1...7), size: 3) == [[1, 2, 3], [4, 5, 6], [7]])
        #expect(BoundedConcurrency.chunked([Int](), size: 3).isEmpty)
        #expect(BoundedConcurrency.chunked([1, 2], size: 0) == [[1], [2]])
    }
}
