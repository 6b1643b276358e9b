import ArgumentParser
import Foundation
import PhotoPreflight

extension PhotoPreflightCommand {
    /// `photo-preflight fix`: write fixed copies of photos and re-check them.
    struct Fix: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write fixed copies of photos (orientation, size, metadata) and re-check them.",
            discussion: """
                Fixes, in order: apply the EXIF orientation to the pixels; with --frame, crop to a 3:4 \
                portrait frame around the main face (centred, eyes 40 % from the top, face box 35 % of the \
                height; never cutting the face or another face, never below the too-small limit); downscale so \
                the longer side is at most \
                --max-side (never enlarging); encode within --max-bytes at the highest JPEG quality between the \
                floor and the ceiling (PNG stays PNG when it fits); strip EXIF, GPS, XMP and comments unless \
                --keep-metadata. The ICC profile is kept. --max-bytes (the too-large limit, default 10000000) is also the \
                byte budget. Brightness and sharpness are reported, never altered. \
                Originals are never modified unless --in-place, which replaces them only when the fixed copy \
                passes. The checks use the same settings as `check`: the nearest .photo-preflight.yml (its \
                thresholds, disabled rules and a text or json format), then the options given here. With one \
                folder named, its contents go straight into --out; with several paths named, each folder keeps \
                its name as a subfolder of --out. Exit status: 0 every output passes, 1 some photo could not be fixed, 2 usage or I/O error.
                """
        )

        @Argument(help: "Photos and folders to fix.")
        var paths: [String]

        @Option(
            name: .customLong("out"),
            help: ArgumentHelp(
                "Folder for the fixed copies (folder structure is kept; see below).", valueName: "dir"))
        var outputFolder: String?

        @Flag(help: "Replace the originals, atomically, but only with fixed copies that pass.")
        var inPlace = false

        @Flag(help: "Print what would be done without writing anything.")
        var dryRun = false

        @Option(help: "Downscale so the longer side is at most this many pixels (never enlarges).")
        var maxSide = FixOptions().maxSide

        @Option(help: "Highest JPEG quality tried (1-100).")
        var qualityCeiling = FixOptions().qualityCeiling

        @Option(help: "Lowest JPEG quality accepted (1-100); below it the photo is not fixed.")
        var qualityFloor = FixOptions().qualityFloor

        @Option(help: ArgumentHelp("Colour that transparency is flattened onto, as hex.", valueName: "RRGGBB"))
        var background = "FFFFFF"

        @Flag(help: "Keep EXIF (orientation reset to 1) instead of stripping all metadata.")
        var keepMetadata = false

        @Flag(help: "Crop to a 3:4 portrait frame around the main face (runs the face check on the original).")
        var frame = false

        @Flag(help: "In folders, fix every file, not only image-like extensions.")
        var allFiles = false

        @Option(
            name: .customLong("jobs"), parsing: .unconditional, help: "Photos fixed at once (default: number of cores)."
        )
        var jobs: Int?

        @OptionGroup var sharding: ShardOptions
        @OptionGroup var settings: PhotoCheckSettings
        @OptionGroup var output: FixOutputOptions

        func validate() throws {
            if outputFolder == nil && !inPlace {
                throw ValidationError("say where the fixed copies go: --out DIR, or --in-place to replace originals")
            }
            if outputFolder != nil && inPlace { throw ValidationError("--out and --in-place cannot be combined") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
            if frame && settings.thresholds.noFaceCheck {
                throw ValidationError("--frame needs the face check: drop --no-face-check")
            }
            if Self.parseColor(background) == nil {
                throw ValidationError("--background must be a hex colour like FFFFFF or #000000, got '\(background)'")
            }
            if let problem = fixOptions(maxBytes: FixOptions().maxBytes).problem { throw ValidationError(problem) }
        }

        func run() async throws {
            let settings: PhotoCheckSettings.Resolved
            do {
                settings = try self.settings.resolve()
            } catch {
                throw ExitStatus.reporting(error)
            }
            let options = fixOptions(maxBytes: settings.configuration.maximumBytes)
            if let problem = options.problem(with: settings.configuration) {
                throw ExitStatus.reporting(CLIError(problem))
            }
            let fixer = PhotoFixer(options: options, preflight: Preflight(configuration: settings.configuration))
            let destination: FixDestination =
                outputFolder.map { .folder(URL(fileURLWithPath: $0, isDirectory: true)) } ?? .inPlace
            let batch = FixBatch(
                fixer: FileFixer(fixer: fixer, destination: destination, dryRun: dryRun), concurrency: jobs)
            let collection = FixInputs.collect(paths, includeAllFiles: allFiles, shard: sharding.shard)
            let (photos, problems) = (collection.files, collection.problems)
            StandardError.report(collection)

            let writer = output.writer(dryRun: dryRun, configFormat: settings.file.format)
            let summary = await batch.run(photos, writer: writer, to: StandardOutput.write) {
                if $0.outcome == .ioError, let reason = $0.reason { StandardError.error("\($0.path): \(reason)") }
            }

            if !problems.isEmpty || summary.ioErrors > 0 { throw ExitCode(ExitStatus.usageOrIOError) }
            if summary.passed < summary.total { throw ExitCode(ExitStatus.photosFailed) }
        }

        /// The options given, aiming the output at `maxBytes` (the `too-large` limit in force).
        private func fixOptions(maxBytes: Int) -> FixOptions {
            var options = FixOptions()
            options.maxSide = maxSide
            options.maxBytes = maxBytes
            options.qualityCeiling = qualityCeiling
            options.qualityFloor = qualityFloor
            options.background = Self.parseColor(background) ?? options.background
            options.keepsMetadata = keepMetadata
            options.framesFace = frame
            return options
        }

        /// "RRGGBB" or "#RRGGBB" as 0xRRGGBB.
        private static func parseColor(_ text: String) -> UInt32? {
            let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { return nil }
            return UInt32(hex, radix: 16)
        }
    }
}
