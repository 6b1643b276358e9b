import ArgumentParser
import Foundation
import HeyGen
import PhotoPreflight

extension VideoOrientation: ExpressibleByArgument {}
extension VideoFit: ExpressibleByArgument {}

extension PhotoPreflightCommand {
    /// `photo-preflight video …`: talking-photo and Avatar IV videos.
    struct Video: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate HeyGen videos from photo avatars or photos, and follow their status.",
            subcommands: [Generate.self, AvatarIV.self, Status.self])
    }
}

/// Options every video request shares.
struct VideoScriptOptions: ParsableArguments {
    @Option(help: "What the avatar says (1-5000 characters).") var script: String
    @Option(help: "HeyGen voice id.") var voiceID: String
    @Option(help: "Video title.") var title = "photo-preflight video"
    @Flag(help: "Wait until the video is completed or failed.") var wait = false
    @Option(help: "Seconds to wait at most.") var timeout = 1800

    /// v3 Idempotency-Key for a video create: the same request within 24 h is not rendered twice.
    func idempotencyKey(for request: V3VideoRequest) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = String(decoding: try encoder.encode(request), as: UTF8.self)
        return IdempotencyKey.derive(operation: "video", contentHash: ContentHash.sha256(of: body))
    }
}

/// Waits for a video (if asked) and prints it.
func finishVideo(
    id: String, wait: Bool, timeout: Int, format: HeyGenOutputFormat,
    status: @escaping @Sendable () async throws -> VideoStatus
) async throws {
    guard wait else {
        print(id)
        return
    }
    let final = try await cliWaiter(seconds: timeout).wait(poll: status) {
        StatusAcceptor.state(of: $0.status, message: $0.failureMessage)
    }
    try emit(final, format: format) { ["\(id)  \(final.status)  \(final.videoURL ?? "")"] }
}

extension PhotoPreflightCommand.Video {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Generate a video from a talking photo / look id.")
        @Option(help: "Talking photo (look) id.") var talkingPhotoID: String
        @Option(help: "Width in pixels (even, 128-4096).") var width = 1280
        @Option(help: "Height in pixels (even, 128-4096).") var height = 720
        @OptionGroup var video: VideoScriptOptions
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                switch try heygen.client() {
                case .v2(let api):
                    let request = try TalkingPhotoVideoRequest(
                        talkingPhotoID: talkingPhotoID, script: video.script, voiceID: video.voiceID, width: width,
                        height: height, title: video.title)
                    let id = try await api.generateVideo(request)
                    try await finishVideo(id: id, wait: video.wait, timeout: video.timeout, format: heygen.format) {
                        try await api.videoStatus(id: id)
                    }
                case .v3(let api):
                    // v3 has no free width/height: the nearest aspect ratio is used.
                    let ratio: V3AspectRatio = width == height ? .square : (width > height ? .landscape : .portrait)
                    let request = try V3VideoRequest(
                        source: .look(id: talkingPhotoID), script: video.script, voiceID: video.voiceID,
                        title: video.title, aspectRatio: ratio)
                    let id = try await api.createVideo(request, idempotencyKey: video.idempotencyKey(for: request))
                    try await finishVideo(id: id, wait: video.wait, timeout: video.timeout, format: heygen.format) {
                        try await api.videoStatus(id: id)
                    }
                }
            }
        }
    }

    struct AvatarIV: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "avatar-iv",
            abstract: "Generate an Avatar IV video straight from a photo (checked first) or an image key.")
        @Option(help: "A local photo; it is checked, then uploaded.") var photo: String?
        @Option(help: "An image key from an earlier v2 upload.") var imageKey: String?
        @Option(help: "An asset id from an earlier v3 upload.") var assetID: String?
        @Option(help: "portrait, landscape or square.") var orientation: VideoOrientation?
        @Option(help: "cover or contain.") var fit: VideoFit?
        @Option(help: "Motion description.") var motionPrompt: String?
        @Flag(help: "Let HeyGen enhance the motion prompt (v2 only).") var enhanceMotionPrompt = false
        @OptionGroup var video: VideoScriptOptions
        @OptionGroup var heygen: HeyGenOptions
        @OptionGroup(title: "Checks of --photo") var thresholds: ThresholdOptions

        func validate() throws {
            guard [photo, imageKey, assetID].compactMap({ $0 }).count == 1 else {
                throw ValidationError("give exactly one of --photo, --image-key (v2) or --asset-id (v3)")
            }
        }

        func run() async throws {
            let exit = try await withCLIErrors { () -> CLIExit in
                let api = try heygen.client()
                var reference = imageKey ?? assetID ?? ""
                if let photo {
                    let url = URL(fileURLWithPath: photo)
                    let gate = PreflightGate(
                        preflight: Preflight(configuration: try thresholds.configuration()), fixing: nil)
                    switch try await gate.prepare(url) {
                    case .reject(let reason):
                        Diagnostics.print("rejected \(photo): \(reason)")
                        return .partial
                    case .upload(let file, let type):
                        let contentType = AssetContentType(rawValue: type) ?? .jpeg
                        let hash = try ContentHash.sha256(of: file)
                        reference = try await heygen.backend().upload(file, contentType: contentType, contentHash: hash)
                    }
                }
                switch api {
                case .v2(let api):
                    guard assetID == nil else {
                        throw HeyGenError.unsupported("--asset-id needs --api v3; use --image-key")
                    }
                    let request = try AvatarIVRequest(
                        imageKey: reference, videoTitle: video.title, script: video.script, voiceID: video.voiceID,
                        videoOrientation: orientation, fit: fit, customMotionPrompt: motionPrompt,
                        enhanceCustomMotionPrompt: enhanceMotionPrompt ? true : nil)
                    let id = try await api.generateAvatarIVVideo(request)
                    try await finishVideo(id: id, wait: video.wait, timeout: video.timeout, format: heygen.format) {
                        try await api.videoStatus(id: id)
                    }
                case .v3(let api):
                    guard imageKey == nil else {
                        throw HeyGenError.unsupported("v3 has no image keys; use --asset-id or --photo")
                    }
                    if enhanceMotionPrompt {
                        throw HeyGenError.unsupported("--enhance-motion-prompt exists only in HeyGen's v2 API")
                    }
                    let request = try V3VideoRequest(
                        source: .image(assetID: reference), script: video.script, voiceID: video.voiceID,
                        title: video.title, aspectRatio: orientation.map(V3AspectRatio.init), fit: fit,
                        motionPrompt: motionPrompt)
                    let id = try await api.createVideo(request, idempotencyKey: video.idempotencyKey(for: request))
                    try await finishVideo(id: id, wait: video.wait, timeout: video.timeout, format: heygen.format) {
                        try await api.videoStatus(id: id)
                    }
                }
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
            try await withCLIErrors {
                let id = self.id
                let status: @Sendable () async throws -> VideoStatus
                switch try heygen.client() {
                case .v2(let api): status = { try await api.videoStatus(id: id) }
                case .v3(let api): status = { try await api.videoStatus(id: id) }
                }
                if wait {
                    try await finishVideo(id: id, wait: true, timeout: timeout, format: heygen.format, status: status)
                } else {
                    let current = try await status()
                    try emit(current, format: heygen.format) { ["\(id)  \(current.status)  \(current.videoURL ?? "")"] }
                }
            }
        }
    }
}
