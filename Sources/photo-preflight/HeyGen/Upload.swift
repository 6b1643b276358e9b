import ArgumentParser
import Foundation
import HeyGen
import PhotoPreflight
import PhotoPreflightUpload

extension PhotoPreflightCommand {
    /// `photo-preflight upload`: check photos and upload the passing ones into one avatar group.
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check photos, upload the passing ones and create a HeyGen photo avatar group from them.",
            discussion: """
                Exit status: 0 every photo uploaded, 1 some photos rejected or failed, 2 usage, \
                authentication or network error, or the state file is in use by another upload. Re-running \
                resumes from the state file. Photos are checked with the same settings as `check`: the nearest \
                .photo-preflight.yml (its thresholds and disabled rules), then the options given here.
                """)

        @Argument(help: "Photos, or folders searched recursively as `check` does.")
        var paths: [String]

        @Option(help: "Name of the avatar group to create or add to.")
        var groupName: String

        @Flag(help: "Fix fixable problems before uploading.")
        var fix = false

        @Option(
            help: ArgumentHelp(
                "Upload only the N best photos that pass, ranked by score as `rank` ranks them (at least 1).",
                valueName: "N"))
        var best: Int?

        @Flag(help: "Train the group once its looks are ready (v2 only).")
        var train = false

        @Flag(help: "Do not wait for looks or training to finish.")
        var noWait = false

        @Option(help: "Requests in flight at once (1-16).")
        var concurrency = 4

        @Option(help: "State file (default: .photo-preflight/uploads.json beside the first photo).")
        var state: String?

        @Option(help: "Give up waiting for looks after this many seconds.")
        var waitTimeout = 900

        @Flag(help: "If another upload is using the state file, wait for it to end instead of exiting.")
        var waitForLock = false

        @Option(help: "Seconds before the first poll of the looks; later polls back off to 6 times this.")
        var pollInterval = 5.0

        @OptionGroup var heygen: HeyGenOptions
        @OptionGroup(title: "Checks before upload") var settings: PhotoCheckSettings

        func validate() throws {
            guard (1...16).contains(concurrency) else { throw ValidationError("--concurrency must be 1 to 16") }
            guard !groupName.trimmingCharacters(in: .whitespaces).isEmpty, groupName.count <= 256 else {
                throw ValidationError("--group-name must be 1 to 256 characters")
            }
            if let best, best < 1 { throw ValidationError(BestCountError(count: best).description) }
            guard waitTimeout > 0 else { throw ValidationError("--wait-timeout must be positive") }
            guard pollInterval > 0, pollInterval <= 300 else {
                throw ValidationError("--poll-interval must be more than 0 and at most 300 seconds")
            }
            if train { try heygen.require(.training, for: "--train", message: PreflightUpload.noTraining) }
        }

        func run() async throws {
            let report = try await withCLIErrors(heygen) {
                let preflight = Preflight(configuration: try settings.resolve().configuration)
                let upload = PreflightUpload(
                    paths: paths,
                    options: UploadOptions(
                        groupName: groupName, concurrency: concurrency, train: train, wait: !noWait,
                        waitPolicy: PreflightUpload.lookWaitPolicy(seconds: waitTimeout, firstPoll: pollInterval)),
                    stateFile: state, waitForLock: waitForLock,
                    preflight: preflight, fix: fix,
                    best: try best.map { try BestPhotoSelection(count: $0, preflight: preflight) })
                return try await upload.run(with: try heygen.service()) { Diagnostics.print($0) }
            }
            switch heygen.format {
            case .json: try printJSON(report)
            case .text: report.textLines.forEach { print($0) }
            }
            if !report.allUploaded { throw ExitCode(CLIExit.partial.rawValue) }
        }
    }
}
