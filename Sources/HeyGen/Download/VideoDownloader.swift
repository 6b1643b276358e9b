import Foundation

/// What `video download` wrote.
public struct VideoDownload: Encodable, Sendable, Equatable {
    /// The video id.
    public var videoID: String
    /// The MP4 written, as the path was given.
    public var video: String
    /// Its size in bytes.
    public var bytes: Int
    /// Bytes kept from an earlier partial download (0 when it started from scratch).
    public var resumedFrom: Int
    /// The captions file written, when HeyGen has captions for the video.
    public var captions: String?
    /// How many times the status was fetched (more than 1 when a signed URL had expired).
    public var statusFetches: Int

    enum CodingKeys: String, CodingKey {
        case video, bytes, captions
        case videoID = "video_id"
        case resumedFrom = "resumed_from"
        case statusFetches = "status_fetches"
    }
}

/// Downloads a completed video (and its captions) from the signed URLs of its status.
///
/// Signed URLs expire: a 403, 404 or 410 from the file host fetches the status again for fresh URLs
/// (at most ``maxStatusFetches`` times in all). The body grows in a `.part` file beside the output; a
/// later run resumes it with `Range`, and a `Content-Range` or length that does not match restarts it
/// from byte 0. The output appears only complete (fsync, then rename).
public struct VideoDownloader: Sendable {
    /// Status fetches allowed per download, the first included. 3.
    public static let maxStatusFetches = 3

    let connection: HeyGenConnection
    let status: @Sendable () async throws -> VideoStatus

    /// Creates a downloader fetching files through `connection` and fresh URLs from `status`.
    public init(connection: HeyGenConnection, status: @escaping @Sendable () async throws -> VideoStatus) {
        self.connection = connection
        self.status = status
    }

    /// Downloads the video to `output` and, when present, its captions to `output` with extension `.srt`.
    public func download(videoID: String, to output: URL) async throws -> VideoDownload {
        var current = try await completedStatus(videoID)
        var fetches = 1
        var video: (bytes: Int, resumedFrom: Int)?
        var captions: String?
        while true {
            do {
                if video == nil {
                    video = try await fetch(try url(current.videoURL, videoID), to: output)
                }
                if let subtitles = current.captionURL {
                    let file = output.deletingPathExtension().appendingPathExtension("srt")
                    _ = try await fetch(try SignedURL.validated(subtitles), to: file)
                    captions = file.relativePath
                }
                break
            } catch DownloadFailure.expired(let status) {
                guard fetches < Self.maxStatusFetches else {
                    throw HeyGenError.unexpectedResponse(
                        "the file host answered \(status) to \(fetches) fresh signed URLs of video \(videoID)")
                }
                current = try await completedStatus(videoID)
                fetches += 1
            }
        }
        guard let video else { throw HeyGenError.unexpectedResponse("no video downloaded") }
        return VideoDownload(
            videoID: videoID, video: output.relativePath, bytes: video.bytes, resumedFrom: video.resumedFrom,
            captions: captions, statusFetches: fetches)
    }

    private func completedStatus(_ videoID: String) async throws -> VideoStatus {
        let current = try await status()
        switch current.state {
        case .done: return current
        case .failed(let status, let message): throw HeyGenError.jobFailed(status: status, message: message)
        case .pending:
            throw HeyGenError.invalidRequest("video \(videoID) is \(current.status), not completed; use --wait")
        }
    }

    private func url(_ text: String?, _ videoID: String) throws -> URL {
        guard let text else { throw HeyGenError.unexpectedResponse("video \(videoID) is completed without video_url") }
        return try SignedURL.validated(text)
    }

    /// One file: resume the `.part` if any, restart once when the server's range does not fit, commit.
    private func fetch(_ url: URL, to output: URL) async throws -> (bytes: Int, resumedFrom: Int) {
        let partial = PartialFile(output: output)
        try FileManager.default.createDirectory(
            at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        var offset = partial.size
        for _ in 0..<2 {
            let response = try await connection.fetchFile(
                url, into: DownloadDestination(file: partial.url, offset: offset))
            switch ReceivedRange.check(response, requestedOffset: offset, fileSize: partial.size) {
            case .complete(let resumed):
                try partial.commit()
                return (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int ?? 0, resumed)
            case .mismatch:
                partial.discard()
                offset = 0
            case .expired(let status): throw DownloadFailure.expired(status: status)
            case .failed(let status):
                throw HeyGenError.unexpectedResponse(
                    "the file host answered HTTP \(status) for \(output.lastPathComponent)")
            }
        }
        throw HeyGenError.unexpectedResponse("the file host sent a body that does not match its length twice")
    }
}

/// The file host refused a signed URL as expired.
enum DownloadFailure: Error {
    case expired(status: Int)
}

/// How a download answer fits the file it was written into.
enum ReceivedRange: Equatable {
    /// The file is whole; `resumedFrom` bytes came from an earlier run.
    case complete(resumedFrom: Int)
    /// The range or length does not match: start over from byte 0.
    case mismatch
    /// 403/404/410: the signed URL expired.
    case expired(Int)
    /// Any other answer.
    case failed(Int)

    /// Judges `response` to a request from `requestedOffset`, after which the file has `fileSize` bytes.
    static func check(_ response: HTTPResponse, requestedOffset: Int, fileSize: Int) -> ReceivedRange {
        switch response.status {
        case 200:
            if response.header("content-encoding") == nil,
                let length = response.header("content-length").flatMap(Int.init),
                length != fileSize
            {
                return .mismatch
            }
            return .complete(resumedFrom: 0)
        case 206:
            guard let range = ContentRange(response.header("content-range")), range.start == requestedOffset,
                range.end + 1 == range.total, fileSize == range.total
            else { return .mismatch }
            return .complete(resumedFrom: requestedOffset)
        case 416: return .mismatch
        case 403, 404, 410: return .expired(response.status)
        default: return .failed(response.status)
        }
    }
}

/// `Content-Range: bytes <start>-<end>/<total>` (RFC 9110 §14.4).
struct ContentRange: Equatable {
    var start: Int
    var end: Int
    var total: Int

    init?(_ header: String?) {
        guard let header, header.hasPrefix("bytes ") else { return nil }
        let parts = header.dropFirst(6).split(whereSeparator: { $0 == "-" || $0 == "/" }).compactMap { Int($0) }
        guard parts.count == 3, parts[0] <= parts[1], parts[1] < parts[2] else { return nil }
        (start, end, total) = (parts[0], parts[1], parts[2])
    }
}
