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
            var strict = false
            let run = CheckedPhotos(
                input: input, settings: settings, shard: sharding.shard, jobs: jobs, htmlReport: report,
                noProgress: noProgress)
            let outcome = try await run.run { settings in
                strict = self.strict ?? settings.file.strict ?? false
                let format = output.format ?? settings.file.format.flatMap(OutputFormat.init(rawValue:)) ?? .text
                return output.writer(for: format, strict: strict)
            }
            if outcome.hadInputProblems { throw ExitCode(ExitStatus.usageOrIOError) }
            if outcome.summary.fails(strict: strict) { throw ExitCode(ExitStatus.photosFailed) }
        }
    }
}
