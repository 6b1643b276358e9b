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
                are always checked. Settings come from the nearest .photo-preflight.yml (see `init`); options \
                given here override it. Exit status: 0 all pass, 1 a photo fails, 2 usage or I/O error.
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
            let preflight = Preflight(configuration: thresholds.apply(to: config.configuration))
            let reports = await check(
                selection.files, with: preflight, output: output.output(for: format, strict: strict))

            if !selection.problems.isEmpty { throw ExitCode(ExitStatus.usageOrIOError) }
            let failing = reports.contains { $0.verdict == .fail || (strict && $0.verdict == .warn) }
            if failing { throw ExitCode(ExitStatus.photosFailed) }
        }

        /// Checks `files` in parallel, writing results in input order as they are ready; returns the reports.
        private func check(_ files: [PhotoFile], with preflight: Preflight, output: ReportOutput) async -> [PhotoReport]
        {
            if case .streaming(let formatter) = output { StandardOutput.write(formatter.begin()) }
            var reports: [PhotoReport] = []
            reports.reserveCapacity(files.count)
            var progress = ProgressBar(total: files.count, enabled: StandardError.isTerminal && !noProgress)
            await BatchRunner(concurrency: jobs).run(files) { file in
                preflight.check(fileAt: file.url, displayPath: file.displayPath)
            } deliver: { index, report in
                progress.advance()
                if case .streaming(let formatter) = output {
                    if index > 0 && formatter is JSONReportFormatter {
                        StandardOutput.write(JSONReportFormatter.separator)
                    }
                    StandardOutput.write(formatter.format(report))
                }
                reports.append(report)
            }
            progress.finish()
            let summary = CheckSummary(reports)
            switch output {
            case .streaming(let formatter): StandardOutput.write(formatter.end(summary: summary))
            case .document(let formatter): StandardOutput.write(formatter.document(reports, summary: summary))
            }
            return outcomes
        }
    }
}
