import PhotoPreflight
import Synchronization
import Testing

struct BatchRunnerTests {
    @Test func deliversInInputOrderWithBoundedConcurrency() async {
        let running = Mutex((now: 0, peak: 0))
        var delivered: [Int] = []
        let inputs = Array(0..<40)
        await BatchRunner(concurrency: 3).run(inputs) { value in
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
}
