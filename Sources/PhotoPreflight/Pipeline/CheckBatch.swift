import Foundation
internal import PreflightSupport

/// `check` over many photos: each is checked in parallel and its report written in input order with the
/// chosen format; optionally an HTML report of every photo is written too, atomically, once all are done.
public struct CheckBatch: Sendable {
    /// The rules and thresholds.
    public var preflight: Preflight
    /// Photos checked at once. Default: the number of active processors.
    public var concurrency: Int?
    /// Where to write the HTML report (``HTMLReport``); nil: none. Making its cards costs a thumbnail per photo.
    public var htmlReport: URL?

    public init(preflight: Preflight = Preflight(), concurrency: Int? = nil, htmlReport: URL? = nil) {
        self.preflight = preflight
        self.concurrency = concurrency
        self.htmlReport = htmlReport
    }

    /// Checks `files`, writing `writer`'s output to `output` as results are delivered; `observe` sees each
    /// report after it is written. Returns the counts.
    ///
    /// - Throws: only when the HTML report cannot be written (its message names the path and the reason);
    ///   every photo has been checked and written to `output` by then.
    public func run(
        _ files: [PhotoFile], writer: some ReportWriter<PhotoReport>, to output: (String) -> Void,
        observe: (PhotoReport) -> Void = { _ in }
    ) async throws -> CheckSummary {
        let preflight = self.preflight
        let makesCards = htmlReport != nil
        let pipeline = BatchPipeline<PhotoFile, CheckedPhoto>(concurrency: concurrency) { file in
            makesCards ? Self.card(for: file, with: preflight) : CheckedPhoto(file, with: preflight)
        }
        var writers = CheckWriters(
            format: writer, html: makesCards ? HTMLReport(configuration: preflight.configuration) : nil)
        var summary = CheckSummary()
        await pipeline.run(files, writer: &writers, to: output) { checked in
            summary.add(checked.report)
            observe(checked.report)
        }
        if let htmlReport, let page = writers.page {
            try AtomicFileWriter.write(Array(page.utf8), to: htmlReport, permissions: 0o644)
        }
        return summary
    }

    /// The full analysis of a photo, kept as its HTML report card with a thumbnail.
    private static func card(for file: PhotoFile, with preflight: Preflight) -> CheckedPhoto {
        let card = ReportCard(checking: file.url, displayPath: file.displayPath, with: preflight)
        return CheckedPhoto(report: card.report, card: card)
    }
}

/// What checking one photo produced: its report, and its card when an HTML report was asked for.
struct CheckedPhoto: Sendable {
    var report: PhotoReport
    var card: ReportCard?

    init(report: PhotoReport, card: ReportCard?) {
        self.report = report
        self.card = card
    }

    init(_ file: PhotoFile, with preflight: Preflight) {
        self.init(report: preflight.check(fileAt: file.url, displayPath: file.displayPath), card: nil)
    }
}

/// The chosen format, whose text goes out as it is made, and the HTML report, whose page is kept for the end.
private struct CheckWriters<Format: ReportWriter<PhotoReport>>: ReportWriter {
    var format: Format
    var html: HTMLReport?
    /// The HTML page, once `end` has run.
    private(set) var page: String?

    init(format: Format, html: HTMLReport?) {
        self.format = format
        self.html = html
    }

    mutating func begin() -> String {
        _ = html?.begin()
        return format.begin()
    }

    mutating func write(_ checked: CheckedPhoto) -> String {
        if let card = checked.card { _ = html?.write(card) }
        return format.write(checked.report)
    }

    mutating func end() -> String {
        page = html?.end()
        return format.end()
    }
}
