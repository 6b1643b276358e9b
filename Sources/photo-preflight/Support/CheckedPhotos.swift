import ArgumentParser
import Foundation
import PhotoPreflight
import PhotoPreflightConfig

/// What `check` and `rank` share: resolve the settings, collect the photos, check them in parallel with a
/// progress bar, and write the chosen format's output to standard output.
struct CheckedPhotos {
    var input: InputOptions
    var settings: PhotoCheckSettings
    /// `--shard K/N` (`check` only): this job's share of the collected photos.
    var shard: Shard? = nil
    /// `--jobs`.
    var jobs: Int?
    /// `--report`: the HTML report's path.
    var htmlReport: String?
    /// `--no-progress`.
    var noProgress: Bool

    /// The outcome: the counts, and whether a named path could not be used (exit status 2).
    struct Outcome {
        var summary: CheckSummary
        var hadInputProblems: Bool
    }

    /// Checks the photos, writing `writer(settings)`'s output as results come.
    func run(writer: (PhotoCheckSettings.Resolved) -> any ReportWriter<PhotoReport>) async throws -> Outcome {
        let settings: PhotoCheckSettings.Resolved
        let input: InputOptions.Selection
        do {
            settings = try self.settings.resolve()
            input = try self.input.collect(config: settings.file)
        } catch {
            throw ExitStatus.reporting(error)
        }
        defer { input.snapshot?.remove() }
        var selection = input.collection
        StandardError.report(selection)
        if let shard { selection.files = shard.select(selection.files) }
        let batch = CheckBatch(
            preflight: Preflight(configuration: settings.configuration),
            concurrency: jobs, htmlReport: htmlReport.map { URL(fileURLWithPath: $0) })
        var progress = ProgressBar(total: selection.files.count, enabled: StandardError.isTerminal && !noProgress)
        do {
            let summary = try await batch.run(selection.files, writer: writer(settings), to: StandardOutput.write) {
                _ in progress.advance()
            }
            return Outcome(summary: summary, hadInputProblems: !selection.problems.isEmpty)
        } catch {
            throw ExitStatus.reporting(error)
        }
    }
}
