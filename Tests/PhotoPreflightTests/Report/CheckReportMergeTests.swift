import Foundation
import PhotoPreflight
import TestSupport
import Testing

struct CheckReportMergeTests {
    /// Every fixture's report, in the order one `check Fixtures` run writes them.
    static let reports: [PhotoReport] = {
        let preflight = Preflight()
        return PhotoCollector().collect([RepositoryPaths.fixtures.path]).files.map {
            preflight.check(fileAt: $0.url, displayPath: $0.displayPath)
        }
    }()

    static func json(_ reports: [PhotoReport]) -> [UInt8] {
        Array(JSONReportFormatter().render(reports).utf8)
    }

    @Test(arguments: [1, 2, 3, 5])
    func mergingTheShardsJSONReportsGivesTheUnshardedReport(count: Int) throws {
        let files = PhotoCollector().collect([RepositoryPaths.fixtures.path]).files
        let shards = try (1...count).map { index in
            let paths = Set(Shard(index: index, count: count)!.select(files).map(\.displayPath))
            let text = Self.json(Self.reports.filter { paths.contains($0.path) })
            return try CheckReportMerge.reports(inJSON: text, path: "shard-\(index).json")
        }
        let merged = CheckReportMerge.merge(shards)
        #expect(merged == Self.reports)
        #expect(JSONReportFormatter().render(merged) == JSONReportFormatter().render(Self.reports))
        #expect(SARIFReportFormatter().render(merged) == SARIFReportFormatter().render(Self.reports))
    }

    @Test func aReportMergedTwiceCountsOnce() throws {
        let all = try CheckReportMerge.reports(inJSON: Self.json(Self.reports), path: "all.json")
        #expect(CheckReportMerge.merge([all, all]) == Self.reports)
    }

    @Test func ordersByPathFolderByFolderAsAFolderWalkDoes() {
        let paths = ["p/b.jpg", "p/a.jpg", "p/a/z.jpg", "p/A.jpg", "p/a b.jpg"]
        let reports = paths.map {
            PhotoReport(path: $0, format: "jpeg", header: nil, bytes: 1, metrics: nil, findings: [])
        }
        #expect(
            CheckReportMerge.merge([reports]).map(\.path) == [
                "p/A.jpg", "p/a/z.jpg", "p/a b.jpg", "p/a.jpg", "p/b.jpg",
            ])
    }

    @Test(arguments: [
        ("not json", "not a photo-preflight --format json report"),
        (#"{"schemaVersion":2,"files":[]}"#, "schema version 2, expected 1"),
        (#"{"files":[]}"#, "not a photo-preflight --format json report"),
    ])
    func refusesWhatIsNotAJSONReportOfThisSchema(text: String, reason: String) {
        #expect {
            try CheckReportMerge.reports(inJSON: Array(text.utf8), path: "bad.json")
        } throws: { error in
            let error = error as? ReportMergeError
            return error?.path == "bad.json" && error?.reason.hasPrefix(reason) == true
        }
    }
}
