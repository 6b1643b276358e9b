import ArgumentParser
import Foundation
import PhotoPreflight

extension PhotoPreflightCommand {
    /// `photo-preflight merge`: one report from the JSON reports of `check --shard K/N` runs.
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge the --format json reports of sharded check runs into one report.",
            discussion: """
                Reads the JSON reports of `check --shard 1/N` … `check --shard N/N` and writes one report of \
                every photo, ordered by path as a single run orders one folder, in any check format (default \
                json; sarif and junit for code scanning and test results). Exit status: 0 all pass, 1 a photo \
                fails (or warns, with --strict), 2 a report cannot be read.
                """
        )

        @Argument(help: ArgumentHelp("The JSON reports of the shards.", valueName: "report.json"))
        var reports: [String]

        @OptionGroup var output: OutputOptions

        @Flag(help: "Treat warnings as failures (exit status 1).")
        var strict = false

        func run() async throws {
            var shards: [[PhotoReport]] = []
            do {
                for path in reports {
                    let bytes = try Self.read(path)
                    shards.append(try CheckReportMerge.reports(inJSON: bytes, path: path))
                }
            } catch {
                throw ExitStatus.reporting(error)
            }
            let merged = CheckReportMerge.merge(shards)
            StandardOutput.write(output.writer(for: output.format ?? .json, strict: strict).render(merged))
            if CheckSummary(merged).fails(strict: strict) { throw ExitCode(ExitStatus.photosFailed) }
        }

        private static func read(_ path: String) throws -> [UInt8] {
            do {
                return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ReportMergeError(path: path, reason: "cannot read: \((error as NSError).localizedDescription)")
            }
        }
    }
}
