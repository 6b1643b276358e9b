import ArgumentParser
import Foundation
import HeyGen
import PhotoPreflight
import PhotoPreflightUpload

extension VideoOrientation: ExpressibleByArgument {}
extension VideoFit: ExpressibleByArgument {}

extension PhotoPreflightCommand {
    /// `photo-preflight video …`: talking-photo and Avatar IV videos.
    struct Video: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate HeyGen videos from photo avatars or photos, and follow their status.",
            subcommands: [Generate.self, AvatarIV.self, Status.self, Download.self, List.self, Delete.self])
    }
}

/// Options every video request shares.
struct VideoScriptOptions: ParsableArguments {
    @Option(help: "What the avatar says (1-5000 characters).") var script: String
    @Option(help: "HeyGen voice id (find one with `voices list`); `video generate` under v3 may omit it.")
    var voiceID: String?
    @Option(help: "Video title.") var title = "photo-preflight video"
    @Flag(help: "Wait until the video is completed or failed.") var wait = false
    @Option(help: "Seconds to wait at most.") var timeout = 1800
    @Flag(
        help: ArgumentHelp(
            "Render a new video even if the same request was sent in the last 24 hours (v3 replays it otherwise).",
            discussion: "Without it, a request repeated within 24 hours returns the earlier video, unless that "
                + "video failed: a failed video is rendered again."))
    var new = false

    var speech: VideoSpeech { VideoSpeech(script: script, voiceID: voiceID, title: title, freshRender: new) }
}

/// Prints a video's id, or with `wait` waits for it and prints its final status.
func finishVideo(
    id: String, wait: Bool, timeout: Int, format: HeyGenOutputFormat, service: any AvatarService
) async throws {
    guard wait else {
        print(id)
        return
    }
    let final: VideoStatus
    do {
        final = try await waitForVideo(id: id, timeout: timeout, service: service)
    } catch let error as HeyGenError {
        guard case .jobFailed = error else { throw error }
        Diagnostics.print("error: video \(id): \(error)")
        throw ExitCode(CLIExit.partial.rawValue)
    }
    try emit(final, format: format) { ["\(id)  \(final.status)  \(final.videoURL ?? "")"] }
}

/// Polls a video until it is completed (or throws when it failed or `timeout` seconds passed).
func waitForVideo(id: String, timeout: Int, service: any AvatarService) async throws -> VideoStatus {
    try await Waiter.forCommand(seconds: timeout).wait {
        try await service.videoStatus(id: id)
    } classify: {
        $0.state
    }
}

extension PhotoPreflightCommand.Video {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Generate a video from a talking photo / look id.")
        @Option(help: "Talking photo (look) id.") var talkingPhotoID: String
        @Option(help: "Width in pixels (even, 128-4096).") var width = 1280
        @Option(help: "Height in pixels (even, 128-4096).") var height = 720
        @OptionGroup var video: VideoScriptOptions
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws {
            if video.voiceID == nil {
                try heygen.require(
                    .defaultVoice, for: "video generate without --voice-id",
                    message: "v2 needs --voice-id (find one with `voices list`); only v3 uses the look's default voice")
            }
        }

        func run() async throws {
            try await withCLIErrors(heygen) {
                let service = try heygen.service()
                let id = try await service.createLookVideo(
                    lookID: talkingPhotoID, speech: video.speech, width: width, height: height)
                try await finishVideo(
                    id: id, wait: video.wait, timeout: video.timeout, format: heygen.format, service: service)
            }
        }
    }

    struct AvatarIV: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "avatar-iv",
            abstract: "Generate an Avatar IV video straight from a photo (checked first) or an image key.",
            discussion: """
                --photo is checked with the same settings as `check`: the nearest .photo-preflight.yml (its \
                thresholds and disabled rules), then the options given here.
                """)
        @Option(help: "A local photo; it is checked, then uploaded.") var photo: String?
        @Option(help: "An image key from an earlier v2 upload.") var imageKey: String?
        @Option(help: "An asset id from an earlier v3 upload.") var assetID: String?
        @Option(help: "portrait, landscape or square.") var orientation: VideoOrientation?
        @Option(help: "cover or contain.") var fit: VideoFit?
        @Option(help: "Motion description.") var motionPrompt: String?
        @Flag(help: "Let HeyGen enhance the motion prompt (v2 only).") var enhanceMotionPrompt = false
        @OptionGroup var video: VideoScriptOptions
        @OptionGroup var heygen: HeyGenOptions
        @OptionGroup(title: "Checks of --photo") var settings: PhotoCheckSettings

        func validate() throws {
            guard video.voiceID != nil else {
                throw ValidationError(
                    "--voice-id is required: a photo has no default voice; find one with `voices list`")
            }
            guard [photo, imageKey, assetID].compactMap({ $0 }).count == 1 else {
                throw ValidationError("give exactly one of --photo, --image-key (v2) or --asset-id (v3)")
            }
            if assetID != nil {
                try heygen.require(.assetIDs, for: "--asset-id", message: "--asset-id needs --api v3; use --image-key")
            }
            if imageKey != nil {
                try heygen.require(
                    .imageKeys, for: "--image-key", message: "v3 has no image keys; use --asset-id or --photo")
            }
            if enhanceMotionPrompt {
                try heygen.require(
                    .motionPromptEnhancement, for: "--enhance-motion-prompt",
                    message: "--enhance-motion-prompt exists only in HeyGen's v2 API")
            }
        }

        func run() async throws {
            let exit = try await withCLIErrors(heygen) { () -> CLIExit in
                let service = try heygen.service()
                var reference = imageKey ?? assetID ?? ""
                if let photo {
                    let checked = CheckedPhotoUpload(
                        preflight: Preflight(configuration: try settings.resolve().configuration))
                    switch try await checked.upload(URL(fileURLWithPath: photo), to: service) {
                    case .rejected(let reason):
                        Diagnostics.print("rejected \(photo): \(reason)")
                        return .partial
                    case .uploaded(let uploaded): reference = uploaded
                    }
                }
                let request = PhotoVideoRequest(
                    photo: reference, speech: video.speech, orientation: orientation, fit: fit,
                    motionPrompt: motionPrompt, enhanceMotionPrompt: enhanceMotionPrompt)
                let id = try await service.createPhotoVideo(request)
                try await finishVideo(
                    id: id, wait: video.wait, timeout: video.timeout, format: heygen.format, service: service)
                return .success
            }
            if exit != .success { throw ExitCode(exit.rawValue) }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a video's status.")
        @Argument(help: "Video id.") var id: String
        @Flag(help: "Wait until the video is completed or failed.") var wait = false
        @Option(help: "Seconds to wait at most.") var timeout = 1800
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors(heygen) {
                let service = try heygen.service()
                if wait {
                    try await finishVideo(id: id, wait: true, timeout: timeout, format: heygen.format, service: service)
                } else {
                    let current = try await service.videoStatus(id: id)
                    try emit(current, format: heygen.format) { ["\(id)  \(current.status)  \(current.videoURL ?? "")"] }
                }
            }
        }
    }
}
