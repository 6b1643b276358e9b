import Foundation
import PhotoPreflight

/// `upload --best N` asked for fewer than one photo.
public struct BestCountError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The count given.
    public let count: Int

    /// The error for `count`.
    public init(count: Int) { self.count = count }

    public var description: String { "--best must be at least 1, got \(count)" }
}

/// `upload --best N`: checks every photo and keeps the N best that pass (warnings allowed), ranked as
/// `rank` ranks them (``PhotoRanking``: score, then path, so equal scores always pick the same photos).
public struct BestPhotoSelection: Sendable {
    /// How many photos to keep, at least 1.
    public let count: Int
    /// The checks that score the photos.
    public var preflight: Preflight
    /// Photos checked at once; nil: the number of active processors.
    public var concurrency: Int?

    /// Creates a selection of the `count` best photos.
    ///
    /// - Throws: ``BestCountError`` when `count` is less than 1.
    public init(count: Int, preflight: Preflight, concurrency: Int? = nil) throws(BestCountError) {
        guard count >= 1 else { throw BestCountError(count: count) }
        self.count = count
        self.preflight = preflight
        self.concurrency = concurrency
    }

    /// The best passing photos among `files`, best first, with the reports that ranked them; fewer than
    /// ``count`` when fewer pass.
    public func select(_ files: [URL]) async -> [(file: URL, report: PhotoReport)] {
        let preflight = self.preflight
        let pipeline = BatchPipeline<URL, PhotoReport>(concurrency: concurrency) { preflight.check(fileAt: $0) }
        var reports: [PhotoReport] = []
        await pipeline.run(files) { _, report in reports.append(report) }
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return PhotoRanking.best(count, of: reports).compactMap { report in
            byPath[report.path].map { ($0, report) }
        }
    }
}
