import Foundation
internal import PreflightSupport

/// A batch run: a per-photo job runs over many inputs on all cores, each result is delivered in input order
/// as soon as it and every result before it are done, and a ``ReportWriter`` turns it into text that goes
/// out at once. `check` and `fix` are both this pipeline (see ``CheckBatch`` and ``FixBatch``).
///
/// At most `concurrency` jobs run at once and a delivered result is written and dropped, so memory stays
/// bounded by the concurrency (one photo per job), not by the number of photos.
public struct BatchPipeline<Input: Sendable, Entry: Sendable>: Sendable {
    /// Jobs running at once, at least 1. Default: the number of active processors.
    public var concurrency: Int
    /// The work done for one input.
    public var job: @Sendable (Input) async -> Entry

    public init(concurrency: Int? = nil, job: @escaping @Sendable (Input) async -> Entry) {
        self.concurrency = max(1, concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
        self.job = job
    }

    /// Runs the job for every element of `inputs` and calls `deliver` with each entry and its index, in
    /// input order.
    public func run(_ inputs: [Input], deliver: (Int, Entry) async -> Void) async {
        await BoundedConcurrency.map(inputs, limit: concurrency, job: job, deliver: deliver)
    }

    /// Runs the job for every element of `inputs` and writes the results with `writer`: its beginning, each
    /// entry as it is delivered, then its end, every piece handed to `output` as soon as it is made.
    /// `observe` sees each entry after it is written (progress, diagnostics); `writer` keeps its final state.
    public func run<Writer: ReportWriter<Entry>>(
        _ inputs: [Input], writer: inout Writer, to output: (String) -> Void,
        observe: (Entry) -> Void = { _ in }
    ) async {
        output(writer.begin())
        await run(inputs) { _, entry in
            output(writer.write(entry))
            observe(entry)
        }
        output(writer.end())
    }
}
