import ArgumentParser
import PhotoPreflight

extension PhotoPreflightCommand {
    /// `photo-preflight rank`: check photos and list them best first by their suitability score.
    struct Rank: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check photos and list them best first, with their suitability score and main reason.",
            discussion: """
                Photos are checked as `check` checks them (same inputs, config file and threshold options) and \
                scored 0-100 (see the README's score table); photos that pass, warnings allowed, come before \
                photos that fail, then higher scores first, then by path. Exit status: 0 the photos were \
                ranked (whatever their verdicts), 2 usage or I/O error.
                """)

        /// `rank`'s output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case json
        }

        @OptionGroup var input: InputOptions
        @OptionGroup var settings: PhotoCheckSettings

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @Option(help: "Colour text output: auto (only on a terminal), always, never.")
        var color: ColorMode = .auto

        @Option(
            name: .customLong("jobs"), parsing: .unconditional,
            help: "Photos checked at once (default: number of cores).")
        var jobs: Int?

        @Flag(help: "Never draw the progress bar (it is drawn only when standard error is a terminal).")
        var noProgress = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        }

        func run() async throws {
            let run = CheckedPhotos(
                input: input, settings: settings, jobs: jobs, htmlReport: nil, noProgress: noProgress)
            let outcome = try await run.run { _ -> any ReportWriter<PhotoReport> in
                switch format {
                case .text: RankTextFormatter(colored: color.isOn)
                case .json: RankJSONFormatter()
                }
            }
            if outcome.hadInputProblems { throw ExitCode(ExitStatus.usageOrIOError) }
        }
    }
}
