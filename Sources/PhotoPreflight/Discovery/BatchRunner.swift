import Foundation

/// Runs a per-photo job over many photos on all cores, delivering results in input order.
///
/// At most `concurrency` jobs run at once, and finished results wait only until the ones before them are
/// done, so memory stays bounded by the concurrency, not by the number of photos.
public struct BatchRunner: Sendable {
    /// Jobs running at once. Default: the number of active processors.
    public var concurrency: Int

    public init(concurrency: Int? = nil) {
        self.concurrency = max(1, concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Runs `job` for every element of `inputs` and calls `deliver` with each result, in input order.
    public func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], job: @escaping @Sendable (Input) async -> Output,
        deliver: (Int, Output) async -> Void
    ) async {
        await withTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            var pending: [Int: Output] = [:]
            var delivered = 0
            func start() {
                guard next < inputs.count else { return }
                let index = next, input = inputs[index]
                group.addTask { (index, await job(input)) }
                next += 1
            }
            for _ in 0..<concurrency { start() }
            while let (index, output) = await group.next() {
                pending[index] = output
                while let ready = pending.removeValue(forKey: delivered) {
                    await deliver(delivered, ready)
                    delivered += 1
                }
                start()
            }
        }
    }
}
