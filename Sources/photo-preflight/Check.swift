import ArgumentParser
import Foundation
import PhotoPreflight

extension PhotoPreflightCommand {
    /// `photo-preflight check`: check photos and folders of photos.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check photos against HeyGen's photo-avatar requirements.",
            discussion: """
                Folders are searched recursively for files with image-like extensions (any case); named files \
                are always checked. Exit status: 0 all pass, 1 a photo fails, 2 usage or I/O error.
                """
        )

        @Argument(help: "Photos and folders to check.")
        var paths: [String]

        @OptionGroup var thresholds: ThresholdOptions
        @OptionGroup var output: OutputOptions

        @Flag(help: "Treat warnings as failures (exit status 1).")
        var strict = false

        @Flag(help: "In folders, check every file, not only image-like extensions.")
        var allFiles = false

        @Option(name: .customLong("jobs"), help: "Photos checked at once (default: number of cores).")
        var jobs: Int?

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        }

        func run() async throws {
            let preflight = Preflight(configuration: try thresholds.configuration())
            let (files, problems) = PhotoCollector(includeAllFiles: allFiles).collect(paths)
            for problem in problems { StandardError.write("photo-preflight: \(problem)\n") }

            let formatter = output.formatter()
            StandardOutput.write(formatter.begin())
            var reports: [PhotoReport] = []
            reports.reserveCapacity(files.count)
            await BatchRunner(concurrency: jobs).run(files) { file in
                preflight.check(fileAt: file.url, displayPath: file.displayPath)
            } deliver: { index, report in
                if index > 0 && output.format == .json { StandardOutput.write(JSONReportFormatter.separator) }
                StandardOutput.write(formatter.format(report))
                reports.append(report)
            }
            StandardOutput.write(formatter.end(summary: CheckSummary(reports)))

            if !problems.isEmpty { throw ExitCode(ExitStatus.usageOrIOError) }
            let failing = reports.contains { $0.verdict == .fail || (strict && $0.verdict == .warn) }
            if failing { throw ExitCode(ExitStatus.photosFailed) }
        }
    }
}
