import Crypto
import Foundation

/// What the file host saw, served at `GET /_emulator/downloads`.
struct FileHostLog {
    /// File requests.
    var requests = 0
    /// Requests that carried an API key (`X-Api-Key` or `Authorization`); refused.
    var withAPIKey = 0
    /// The `Range` header of each request, `""` when absent, in arrival order.
    var ranges: [String] = []
    /// Part of every signature; `POST /_emulator/downloads/expire` bumps it so every URL handed out so far
    /// answers as expired (a deterministic test hook).
    var signingGeneration = 0

    var json: [String: Any] { ["requests": requests, "with_api_key": withAPIKey, "ranges": ranges] }
}

/// A file the file host serves for a completed video.
enum VideoFile: String {
    case video = "mp4"
    case captions = "srt"
}

/// The file host (see ``FileHostConfiguration``): `/_files/<video_id>.<mp4|srt>?Expires=<ms>&Signature=<hex>`,
/// and `GET /_emulator/downloads` / `POST /_emulator/downloads/expire` for tests.
extension EmulatorModel {
    static let filePrefix = "/_files/"

    /// A signed URL on the file host, on the host and port the request came in on.
    func fileURL(_ file: VideoFile, id: String, request: EmulatorRequest) -> String {
        let host = request.header("host") ?? "127.0.0.1"
        let lifetime = configuration.fileHost.urlLifetime.components
        let expires =
            Int(Date().timeIntervalSince1970 * 1000) + Int(lifetime.seconds) * 1000
            + Int(lifetime.attoseconds / 1_000_000_000_000_000)
        let path = "\(Self.filePrefix)\(id).\(file.rawValue)"
        return "http://\(host)\(path)?Expires=\(expires)&Signature=\(signature(path, expires))"
    }

    private func signature(_ path: String, _ expires: Int) -> String {
        let text = "emulator-file-host\n\(fileHostLog.signingGeneration)\n\(path)\n\(expires)"
        return SHA256.hash(data: Data(text.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    /// Answers file-host requests and `GET /_emulator/downloads`; nil for every other path.
    mutating func fileHost(_ request: EmulatorRequest) -> EmulatorReply? {
        if request.path == "/_emulator/downloads" { return .json(200, fileHostLog.json) }
        if request.path == "/_emulator/downloads/expire", request.method == "POST" {
            fileHostLog.signingGeneration += 1
            return .json(200, fileHostLog.json)
        }
        guard request.path.hasPrefix(Self.filePrefix) else { return nil }
        fileHostLog.requests += 1
        fileHostLog.ranges.append(request.header("range") ?? "")
        if request.header("x-api-key") != nil || request.header("authorization") != nil {
            fileHostLog.withAPIKey += 1
            return Self.xml(400, "InvalidArgument", "Only one auth mechanism allowed; the signed URL is the credential")
        }
        guard request.method == "GET" else { return Self.xml(405, "MethodNotAllowed", "Only GET") }
        guard let expires = request.query["Expires"].flatMap(Int.init), request.query["Signature"] != nil else {
            return Self.xml(403, "AccessDenied", "Invalid signature")
        }
        guard Int(Date().timeIntervalSince1970 * 1000) < expires,
            request.query["Signature"] == signature(request.path, expires)
        else {
            return Self.xml(403, "AccessDenied", "Request has expired")
        }
        let name = request.path.dropFirst(Self.filePrefix.count)
        guard let dot = name.lastIndex(of: "."),
            let file = VideoFile(rawValue: String(name[name.index(after: dot)...])),
            videos[String(name[..<dot])] != nil
        else { return Self.xml(404, "NoSuchKey", "The specified key does not exist.") }
        let bytes = content(of: file, videoID: String(name[..<dot]))
        return Self.ranged(bytes, range: request.header("range"), behaviour: configuration.fileHost.ranges, file: file)
    }

    /// Deterministic bytes: an MP4-like header and a pattern derived from the video id, or a short SRT.
    func content(of file: VideoFile, videoID: String) -> [UInt8] {
        switch file {
        case .captions: return Array("1\n00:00:00,000 --> 00:00:04,200\nHello from the emulator.\n".utf8)
        case .video:
            let seed = Array(videoID.utf8)
            var bytes: [UInt8] = [0, 0, 0, 0x18] + Array("ftypmp42".utf8)
            bytes.reserveCapacity(configuration.fileHost.videoBytes)
            var index = 0
            while bytes.count < configuration.fileHost.videoBytes {
                bytes.append(seed[index % seed.count] &+ UInt8(truncatingIfNeeded: index / seed.count))
                index += 1
            }
            return Array(bytes.prefix(configuration.fileHost.videoBytes))
        }
    }

    private static func ranged(
        _ bytes: [UInt8], range: String?, behaviour: RangeBehaviour, file: VideoFile
    ) -> EmulatorReply {
        let type = ("Content-Type", file == .video ? "video/mp4" : "application/x-subrip")
        let ranges = ("Accept-Ranges", "bytes")
        guard let range, behaviour != .ignored, range.hasPrefix("bytes="),
            let start = Int(range.dropFirst(6).prefix { $0 != "-" })
        else { return .respond(status: 200, headers: [type, ranges], body: bytes) }
        guard start < bytes.count else {
            return .respond(status: 416, headers: [("Content-Range", "bytes */\(bytes.count)")], body: [])
        }
        let claimed = behaviour == .misaligned ? max(0, start - 1) : start
        return .respond(
            status: 206,
            headers: [type, ranges, ("Content-Range", "bytes \(claimed)-\(bytes.count - 1)/\(bytes.count)")],
            body: Array(bytes[start...]))
    }

    private static func xml(_ status: Int, _ code: String, _ message: String) -> EmulatorReply {
        let body =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>\(code)</Code><Message>\(message)</Message></Error>"
        return .respond(status: status, headers: [("Content-Type", "application/xml")], body: Array(body.utf8))
    }
}
