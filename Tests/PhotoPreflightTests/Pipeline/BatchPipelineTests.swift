import Foundation
import PhotoPreflight
import Synchronization
import TestSupport
import Testing

/// The batch pipeline: jobs in parallel, results in input order, each written as soon as it is delivered.
struct BatchPipelineTests {
    /// Records the writer's calls as text, so the order of framing and entries is visible.
    struct TraceWriter: ReportWriter {
        func begin() -> String { "begin;" }
        func write(_ entry: Int) -> String { "\(entry);" }
        func end() -> String { "end" }
    }

    @Test func writesFramingAndEntriesInInputOrder() async {
        let pipeline = BatchPipeline<Int, Int>(concurrency: 4) { value in
            try? await Task.sleep(for: .milliseconds(20 - value))  // later inputs finish first
            return value * 10
        }
        var writer = TraceWriter()
        var output = ""
        var observed: [Int] = []
        await pipeline.run(Array(0..<20), writer: &writer, to: { output += $0 }) { observed.append($0) }
        #expect(output == "begin;" + (0..<20).map { "\($0 * 10);" }.joined() + "end")
        #expect(observed == (0..<20).map { $0 * 10 })
    }

    @Test func streamsEachResultBeforeLaterJobsStart() async {
        let events = Mutex<[String]>([])
        let pipeline = BatchPipeline<Int, Int>(concurrency: 1) { value in
            events.withLock { $0.append("job \(value)") }
            return value
        }
        var writer = TraceWriter()
        await pipeline.run([0, 1, 2], writer: &writer, to: { text in events.withLock { $0.append(text) } })
        #expect(events.withLock { $0 } == ["begin;", "job 0", "0;", "job 1", "1;", "job 2", "2;", "end"])
    }

    @Test func anEmptyBatchWritesOnlyTheFraming() async {
        var writer = JSONReportFormatter()
        var output = ""
        await BatchPipeline<Int, PhotoReport>(concurrency: 2) { _ in fatalError("no input, no job") }
            .run([], writer: &writer, to: { output += $0 })
        #expect(
            output
                == "{\"schemaVersion\":1,\"files\":[\n\n],\"summary\":{\"failed\":0,\"passed\":0,\"total\":0,\"warned\":0}}\n"
        )
    }

    @Test func checkBatchCountsVerdictsAndWritesTheChosenFormat() async throws {
        let files = PhotoCollector().collect([
            RepositoryPaths.fixture("pass/portrait.jpg").path, RepositoryPaths.fixture("fail/too-small.jpg").path,
        ]).files
        var output = ""
        var observed: [String] = []
        let summary = try await CheckBatch(concurrency: 2)
            .run(files, writer: TextReportFormatter(), to: { output += $0 }) { observed.append($0.path) }
        #expect(summary.total == 2 && summary.passed == 1 && summary.failed == 1)
        #expect(summary.fails(strict: false))
        #expect(observed == files.map(\.displayPath))
        #expect(output.hasPrefix("PASS  "))
        #expect(output.hasSuffix("\n2 photos: 1 passed, 0 with warnings, 1 failed\n"))
    }

    @Test func checkBatchWritesTheHTMLReportAtomicallyAtTheEnd() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("nested/report.html")
        let files = PhotoCollector().collect([RepositoryPaths.fixture("fail/too-dark.jpg").path]).files
        let summary = try await CheckBatch(htmlReport: page)
            .run(files, writer: JSONReportFormatter(), to: { _ in })
        #expect(summary.failed == 1)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<body data-cards=\"1\">"))
        #expect(html.contains("photo-preflight 0.1.0"))
    }

    @Test func checkBatchReportsAnUnwritableHTMLReportAfterWritingEveryResult() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0]).write(to: folder.appendingPathComponent("blocker"))
        let files = PhotoCollector().collect([RepositoryPaths.fixture("pass/portrait.jpg").path]).files
        var output = ""
        let batch = CheckBatch(htmlReport: folder.appendingPathComponent("blocker/report.html"))
        await #expect(throws: (any Error).self) {
            _ = try await batch.run(files, writer: JSONReportFormatter(), to: { output += $0 })
        }
        #expect(output.hasSuffix("}}\n"), "the results are complete before the report is written")
    }
}
