import ArgumentParser
import Foundation
import HeyGen
import PhotoPreflight

extension PhotoPreflightCommand {
    /// `photo-preflight upload`: check photos and upload the passing ones into one avatar group.
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check photos, upload the passing ones and create a HeyGen photo avatar group from them.",
            discussion: """
                Exit status: 0 every photo uploaded, 1 some photos rejected or failed, 2 usage, \
                authentication or network error, or the state file is in use by another upload. Re-running \
                resumes from the state file.
                """)

        @Argument(help: "Photos (JPEG or PNG), or folders of them.")
        var paths: [String]

        @Option(help: "Name of the avatar group to create or add to.")
        var groupName: String

        @Flag(help: "Fix fixable problems before uploading.")
        var fix = false

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

        @OptionGroup var heygen: HeyGenOptions
        @OptionGroup(title: "Checks before upload") var thresholds: ThresholdOptions

        func validate() throws {
            guard (1...16).contains(concurrency) else { throw ValidationError("--concurrency must be 1 to 16") }
            guard !groupName.trimmingCharacters(in: .whitespaces).isEmpty, groupName.count <= 256 else {
                throw ValidationError("--group-name must be 1 to 256 characters")
            }
            guard waitTimeout > 0 else { throw ValidationError("--wait-timeout must be positive") }
        }

        func run() async throws {
            let report = try await withCLIErrors {
                let files = try PhotoPaths.expand(paths)
                let backend = try heygen.backend()
                if train && backend.apiVersion == .v3 {
                    throw HeyGenError.unsupported("--train needs --api v2: HeyGen v3 has no training step")
                }
                let stateURL = state.map { URL(fileURLWithPath: $0) } ?? PhotoPaths.defaultState(for: files)
                let lock = try await StateFileLock.acquire(stateFile: stateURL, waiting: waitForLock)
                defer { lock.release() }
                let store = try ManifestStore(url: stateURL, api: backend.apiVersion, groupName: groupName)
                let options = UploadOptions(
                    groupName: groupName, concurrency: concurrency, train: train, wait: !noWait,
                    waitPolicy: WaitPolicy(
                        interval: .milliseconds(500), maxInterval: .seconds(10),
                        deadline: .seconds(waitTimeout)))
                let preflight = Preflight(configuration: try thresholds.configuration())
                var fixOptions = FixOptions()
                fixOptions.maxBytes = preflight.configuration.maximumBytes
                let fixedFolder = stateURL.deletingLastPathComponent().appendingPathComponent("fixed")
                let gate = PreflightGate(preflight: preflight, fixing: fix ? (fixOptions, fixedFolder) : nil)
                let uploader = Uploader(
                    backend: backend, gate: gate, store: store, options: options,
                    progress: { Diagnostics.print($0) })
                return try await uploader.run(files)
            }
            switch heygen.format {
            case .json: try printJSON(report)
            case .text: UploadReportPrinter.print(report)
            }
            if !report.allUploaded { throw ExitCode(CLIExit.partial.rawValue) }
        }
    }
}

/// Turns the `PATH...` arguments into photo files.
enum PhotoPaths {
    static let photoExtensions: Set<String> = ["jpg", "jpeg", "png"]

    /// Files as given; folders expand to their JPEG/PNG files in name order.
    static func expand(_ paths: [String]) throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CLIError("\(path): no such file or folder")
            }
            let url = URL(fileURLWithPath: path)
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                files += names.filter { photoExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .map { url.appendingPathComponent($0) }
            } else {
                files.append(url)
            }
        }
        guard !files.isEmpty else { throw CLIError("no photos found") }
        return files
    }

    /// `.photo-preflight/uploads.json` in the folder of the first photo.
    static func defaultState(for files: [URL]) -> URL {
        let folder = files.first?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")
        return folder.appendingPathComponent(".photo-preflight/uploads.json")
    }
}

/// Prints an ``UploadReport`` as text.
enum UploadReportPrinter {
    static func print(_ report: UploadReport) {
        for photo in report.photos {
            switch photo.outcome {
            case .uploaded:
                Swift.print("uploaded  \(photo.file)  \(photo.asset ?? "-")  look \(photo.lookID ?? "-")")
            case .duplicate: Swift.print("duplicate \(photo.file)  \(photo.reason ?? "")")
            case .rejected: Swift.print("rejected  \(photo.file)  \(photo.reason ?? "")")
            case .failed: Swift.print("failed    \(photo.file)  \(photo.reason ?? "")")
            }
        }
        Swift.print("group: \(report.groupName) \(report.groupID ?? "(not created)")")
        if let id = report.talkingPhotoID { Swift.print("talking_photo_id: \(id)") }
        if let training = report.training { Swift.print("training: \(training)") }
        if report.possibleOrphanAssets > 0 {
            Swift.print(
                "possible orphaned assets on HeyGen: \(report.possibleOrphanAssets) (re-sent after a lost answer)")
        }
        let uploaded = report.photos.filter { $0.outcome == .uploaded }.count
        Swift.print("\(uploaded) of \(report.photos.count) photos uploaded")
    }
}
