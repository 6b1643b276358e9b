import ArgumentParser
import Foundation
import PhotoPreflight
import PhotoPreflightConfig

extension PhotoPreflightCommand {
    /// `photo-preflight check`: check photos and folders of photos.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check photos against HeyGen's photo-avatar requirements.",
            discussion: """
                Folders are searched recursively for files with image-like extensions (any case); named files \
                are always checked unless the config's `exclude` names them (a notice says so). Settings come from the nearest \
                .photo-preflight.yml (see `init`); options given here override it. Exit status: 0 all pass, \
                1 a photo fails, 2 usage or I/O error.
                """
        )

        @OptionGroup var input: InputOptions
        @OptionGroup var sharding: ShardOptions
        @OptionGroup var settings: PhotoCheckSettings
        @OptionGroup var output: OutputOptions

        @Flag(
            inversion: .prefixedNo, help: "Treat warnings as failures (exit status 1). Default: the config's, else off."
        )
        var strict: Bool?

        @Option(
            name: .customLong("jobs"), parsing: .unconditional,
            help: "Photos checked at once (default: number of cores).")
        var jobs: Int?

        @Option(
            help: ArgumentHelp(
                "Also write a self-contained HTML contact sheet (thumbnails, findings, histograms, maps) here.",
                valueName: "file.html"))
        var report: String?

        @Flag(help: "Never draw the progress bar (it is drawn only when standard error is a terminal).")
        var noProgress = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        }

        func run() async throws {
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
            selection.files = sharding.select(selection.files)

            let strict = self.strict ?? settings.file.strict ?? false
            let format = output.format ?? settings.file.format.flatMap(OutputFormat.init(rawValue:)) ?? .text
            let batch = CheckBatch(
                preflight: Preflight(configuration: settings.configuration),
                concurrency: jobs, htmlReport: report.map { URL(fileURLWithPath: $0) })
            var progress = ProgressBar(total: selection.files.count, enabled: StandardError.isTerminal && !noProgress)
            let summary: CheckSummary
            do {
                summary = try await batch.run(
                    selection.files, writer: output.writer(for: format, strict: strict), to: StandardOutput.write
                ) { _ in progress.advance() }
            } catch {
                throw ExitStatus.reporting(error)
            }

            if !selection.problems.isEmpty { throw ExitCode(ExitStatus.usageOrIOError) }
            if summary.fails(strict: strict) { throw ExitCode(ExitStatus.photosFailed) }
        }
    }
}
