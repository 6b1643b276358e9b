/// `fix` over many photos: each is fixed (and its copy written and re-checked) in parallel, and its report
/// written in input order with the chosen format.
public struct FixBatch: Sendable {
    /// Fixes, writes and re-checks one file.
    public var fixer: FileFixer
    /// Photos fixed at once. Default: the number of active processors.
    public var concurrency: Int?

    public init(fixer: FileFixer, concurrency: Int? = nil) {
        self.fixer = fixer
        self.concurrency = concurrency
    }

    /// Fixes `photos`, writing `writer`'s output to `output` as results are delivered; `observe` sees each
    /// report after it is written. Returns the counts.
    public func run(
        _ photos: [PhotoFile], writer: some ReportWriter<FixReport>, to output: (String) -> Void,
        observe: (FixReport) -> Void = { _ in }
    ) async -> FixSummary {
        let fixer = self.fixer
        var writer = writer
        var summary = FixSummary()
        await BatchPipeline(concurrency: concurrency) { fixer.fix($0) }.run(photos, writer: &writer, to: output) {
            summary.add($0)
            observe($0)
        }
        return summary
    }
}
