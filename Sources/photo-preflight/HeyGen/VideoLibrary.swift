import ArgumentParser
import Foundation
import HeyGen

extension PhotoPreflightCommand.Video {
    struct Download: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download a completed video (and its captions as .srt), resuming a partial download.")
        @Argument(help: "Video id.") var id: String
        @Option(help: "Output file (default: <VIDEO_ID>.mp4); captions go beside it with extension .srt.")
        var out: String?
        @Flag(help: "Wait until the video is completed first.") var wait = false
        @Option(help: "Seconds to wait at most.") var timeout = 1800
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                let service = try heygen.service()
                if wait { _ = try await waitForVideo(id: id, timeout: timeout, service: service) }
                let file = URL(fileURLWithPath: out ?? "\(id).mp4")
                let download = try await service.downloadVideo(id: id, to: file)
                try emit(download, format: heygen.format) {
                    let resumed = download.resumedFrom > 0 ? " (resumed from byte \(download.resumedFrom))" : ""
                    return ["\(download.video)  \(download.bytes) bytes\(resumed)"]
                        + [download.captions].compactMap { $0 }
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the account's videos, newest first (v3).")
        @Option(help: "Show at most this many (default: every page).") var limit: Int?
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
            try heygen.require(.videoListing, for: "video list")
        }

        func run() async throws {
            try await withCLIErrors {
                let videos = try await heygen.service().videos(limit: limit)
                try emit(videos, format: heygen.format) {
                    videos.map { "\($0.id)  \($0.status ?? "?")  \($0.title ?? "")" }
                }
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a video.")
        @Argument(help: "Video id.") var id: String
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                try await heygen.service().deleteVideo(id: id)
                print("deleted \(id)")
            }
        }
    }
}
