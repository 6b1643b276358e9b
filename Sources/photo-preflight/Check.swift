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
                are always checked unless the config excludes them. Settings come from the nearest \
                .photo-preflight.yml (see `init`); options given here override it. Exit status: 0 all pass, \
                1 a photo fails, 2 usage or I/O error.
                """
        )

        @OptionGroup var input: InputOptions
        @OptionGroup var thresholds: ThresholdOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var configOptions: ConfigOptions

        @Flag(
            inversion: .prefixedNo, help: "Treat warnings as failures (exit status 1). Default: the config's, else off."
        )
        var strict: Bool?

        @Option(name: .customLong("jobs"), help: "Photos checked at once (default: number of cores).")
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
            let config: ConfigFile
            let selection: (files: [PhotoFile], problems: [CollectionProblem])
            do {
                config = try configOptions.load()
                selection = try input.collect(config: config)
            } catch {
                StandardError.write("photo-preflight: \(error)\n")
                throw ExitCode(ExitStatus.usageOrIOError)
            }
            for problem in selection.problems { StandardError.write("photo-preflight: \(problem)\n") }

            let strict = self.strict ?? config.strict ?? false
            let format = output.format ?? config.format.flatMap(OutputFormat.init(rawValue:)) ?? .text
            let preflight = Preflight(configuration: try thresholds.configuration(base: config.configuration))
            let outcomes = await check(
                selection.files, with: preflight, output: output.output(for: format, strict: strict))
            if let report {
                try HTMLReportFile.write(
                    outcomes.compactMap(\.card), to: report, configuration: preflight.configuration)
            }

            if !selection.problems.isEmpty { throw ExitCode(ExitStatus.usageOrIOError) }
            let failing = outcomes.contains { $0.report.verdict == .fail || (strict && $0.report.verdict == .warn) }
            if failing { throw ExitCode(ExitStatus.photosFailed) }
        }

        /// What checking one photo produced: its report, and its card when an HTML report was asked for.
        private struct Outcome: Sendable {
            var report: PhotoReport
            var card: ReportCard?
        }

        /// Checks `files` in parallel, writing results in input order as they are ready.
        private func check(_ files: [PhotoFile], with preflight: Preflight, output: ReportOutput) async -> [Outcome] {
            if case .streaming(let formatter) = output { StandardOutput.write(formatter.begin()) }
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(files.count)
            var progress = ProgressBar(total: files.count, enabled: StandardError.isTerminal && !noProgress)
            let wantsCards = report != nil
            await BatchRunner(concurrency: jobs).run(files) { file in
                wantsCards
                    ? HTMLReportFile.outcome(of: file, with: preflight)
                    : Outcome(report: preflight.check(fileAt: file.url, displayPath: file.displayPath))
            } deliver: { index, outcome in
                progress.advance()
                if case .streaming(let formatter) = output {
                    if index > 0 && formatter is JSONReportFormatter {
                        StandardOutput.write(JSONReportFormatter.separator)
                    }
                    StandardOutput.write(formatter.format(outcome.report))
                }
                outcomes.append(outcome)
            }
            progress.finish()
            let reports = outcomes.map(\.report)
            let summary = CheckSummary(reports)
            switch output {
            case .streaming(let formatter): StandardOutput.write(formatter.end(summary: summary))
            case .document(let formatter): StandardOutput.write(formatter.document(reports, summary: summary))
            }
            return outcomes
        }

        /// The HTML report: cards made while checking, written once at the end.
        private enum HTMLReportFile {
            static func outcome(of file: PhotoFile, with preflight: Preflight) -> Outcome {
                let card = ReportCard(checking: file.url, displayPath: file.displayPath, with: preflight)
                return Outcome(report: card.report, card: card)
            }

            static func write(_ cards: [ReportCard], to path: String, configuration: PreflightConfiguration) throws {
                let page = HTMLReport(configuration: configuration, generator: "photo-preflight \(version)")
                do {
                    try AtomicFileWriter.write(Array(page.render(cards).utf8), to: URL(fileURLWithPath: path))
                } catch {
                    StandardError.write("photo-preflight: \(error)\n")
                    throw ExitCode(ExitStatus.usageOrIOError)
                }
            }
        }
    }
}
