/// Runs asynchronous jobs over a list with at most a given number running at once. One implementation
/// serves the photo pipeline (results in input order) and the uploader (results not needed).
package enum BoundedConcurrency {
    /// Runs `job` for every element of `inputs`, at most `limit` at once, and calls `deliver` with each
    /// result in input order, as soon as it and every result before it are ready. A finished result waits
    /// only for the ones before it, so only the running jobs hold their working memory. The first error
    /// thrown by a job or by `deliver` cancels the jobs still running and is rethrown.
    package static func map<Input: Sendable, Output: Sendable, Failure: Error>(
        _ inputs: [Input], limit: Int, job: @escaping @Sendable (Input) async throws(Failure) -> Output,
        deliver: (Int, Output) async throws(Failure) -> Void
    ) async throws(Failure) {
        do {
            try await withThrowingTaskGroup(of: (Int, Output).self) { group in
                var next = 0
                var pending: [Int: Output] = [:]
                var delivered = 0
                func start() {
                    guard next < inputs.count else { return }
                    let index = next, input = inputs[index]
                    group.addTask { (index, try await job(input)) }
                    next += 1
                }
                for _ in 0..<max(1, limit) { start() }
                while let (index, output) = try await group.next() {
                    pending[index] = output
                    while let ready = pending.removeValue(forKey: delivered) {
                        try await deliver(delivered, ready)
                        delivered += 1
                    }
                    start()
                }
            }
        } catch {
            // Only `job` and `deliver` throw inside the group, and both throw `Failure`.
            throw error as! Failure
        }
    }

    /// Runs `body` for every element of `items`, at most `limit` at once; the first error cancels the rest.
    package static func forEach<Item: Sendable, Failure: Error>(
        _ items: [Item], limit: Int, _ body: @escaping @Sendable (Item) async throws(Failure) -> Void
    ) async throws(Failure) {
        try await map(items, limit: limit, job: body) { (_, _) throws(Failure) in }
    }

    /// Splits `items` into consecutive chunks of at most `size`.
    package static func chunked<Item>(_ items: [Item], size: Int) -> [[Item]] {
        let size = max(1, size)
        return stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }
}
