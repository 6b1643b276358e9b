import Dispatch
import Foundation
import HeyGen
import PreflightSupport

/// A raw HTTP response through the client: its header lines through the libcurl header callback the real
/// transport uses, its body through the write callback, then every v1/v2/v3 operation decoding it.
enum HeyGenResponseFuzzing {
    /// Answers every request with the one response under test.
    private struct FixedTransport: HTTPTransport {
        let response: HTTPResponse
        func send(_ request: HTTPRequest) async throws -> HTTPResponse { response }
    }

    /// Retries do not wait.
    private struct InstantClock: WaitClock {
        var now: Duration { .zero }
        func sleep(for duration: Duration) async throws {}
    }

    /// A small file for the upload operations (they read it before sending).
    private static let uploadFile: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ppf-fuzz-upload-\(getpid()).jpg")
        try? Data([0xFF, 0xD8, 0xFF, 0xD9]).write(to: url)
        return url
    }()

    /// Parses the input as a raw HTTP response and runs every operation against it.
    static func run(_ bytes: [UInt8]) {
        let response = parse(bytes)
        let configuration = HeyGenConfiguration(
            apiKey: APIKey("fuzz-key")!, apiBase: URL(string: "https://api.heygen.com")!,
            uploadBase: URL(string: "https://upload.heygen.com")!, retryPolicy: RetryPolicy(maxAttempts: 2))
        let connection = HeyGenConnection(
            configuration: configuration, transport: FixedTransport(response: response), clock: InstantClock(),
            jitter: { 0 })
        let file = uploadFile
        let operation = operations[Int(StableHash.fnv1a64(bytes) % UInt64(operations.count))]
        blocking {
            await expectError {
                try await operation(HeyGenV2API(connection: connection), HeyGenV3API(connection: connection), file)
            }
        }
    }

    /// Every operation whose answer the client decodes, one per model type and envelope. Each input runs the
    /// one its hash picks, so that it always takes the same path and every operation is tried across the
    /// corpus at the cost of one.
    private static let operations: [@Sendable (HeyGenV2API, HeyGenV3API, URL) async throws -> Void] = [
        { v2, v3, file in _ = try await v2.uploadAsset(file: file, contentType: .jpeg) },
        { v2, v3, file in
            _ = try await v2.createAvatarGroup(CreateAvatarGroupRequest(name: "fuzz", imageKey: "image/key"))
        },
        { v2, v3, file in
            _ = try await v2.addLooks(AddLooksRequest(groupID: "g1", imageKeys: ["image/key"], name: "fuzz"))
        },
        { v2, v3, file in _ = try await v2.train(groupID: "g1") },
        { v2, v3, file in _ = try await v2.trainingStatus(groupID: "g1") },
        { v2, v3, file in _ = try await v2.photoAvatar(id: "p1") },
        { v2, v3, file in try await v2.deletePhotoAvatar(id: "p1") },
        { v2, v3, file in try await v2.deleteAvatarGroup(id: "g1") },
        { v2, v3, file in _ = try await v2.generationStatus(id: "gen1") },
        { v2, v3, file in _ = try await v2.talkingPhotos() },
        { v2, v3, file in
            _ = try await v2.generateVideo(
                TalkingPhotoVideoRequest(talkingPhotoID: "t1", script: "Hello.", voiceID: "v1"))
        },
        { v2, v3, file in _ = try await v2.videoStatus(id: "vid1") },
        { v2, v3, file in _ = try await v2.avatarGroups() },
        { v2, v3, file in _ = try await v2.groupLooks(groupID: "g1") },
        { v2, v3, file in _ = try await v2.voices() },
        { v2, v3, file in try await v2.deleteVideo(id: "vid1") },
        { v2, v3, file in _ = try await v3.uploadAsset(file: file, contentType: .jpeg, idempotencyKey: "k1") },
        { v2, v3, file in
            _ = try await v3.createPhotoAvatar(name: "fuzz", assetID: "a1", groupID: nil, idempotencyKey: "k2")
        },
        { v2, v3, file in _ = try await v3.look(id: "l1") },
        { v2, v3, file in _ = try await v3.allLooks(groupID: "g1", pageSize: 5) },
        { v2, v3, file in _ = try await v3.group(id: "g1") },
        { v2, v3, file in _ = try await v3.allGroups(pageSize: 5) },
        { v2, v3, file in try await v3.deleteLook(id: "l1") },
        { v2, v3, file in try await v3.deleteGroup(id: "g1") },
        { v2, v3, file in _ = try await v3.videoStatus(id: "vid1") },
        { v2, v3, file in _ = try await v3.voices(pageSize: 5) },
        { v2, v3, file in _ = try await v3.videos(limit: 20, pageSize: 5) },
        { v2, v3, file in try await v3.deleteVideo(id: "vid1") },
        { v2, v3, file in
            _ = try await v2.generatePhoto(
                GeneratePhotoRequest(
                    name: "fuzz", age: .youngAdult, gender: .woman, ethnicity: .white, orientation: .square,
                    pose: .halfBody, style: .realistic, appearance: "smiling"))
        },
        { v2, v3, file in
            _ = try await v2.generateAvatarIVVideo(
                AvatarIVRequest(imageKey: "image/key", videoTitle: "t", script: "Hello.", voiceID: "v1"))
        },
        { v2, v3, file in
            _ = try await v3.createVideo(
                V3VideoRequest(source: .look(id: "l1"), script: "Hello.", voiceID: "v1"), idempotencyKey: "k3")
        },
        { v2, v3, file in
            _ = try await v3.createPromptAvatar(
                PromptLookRequest(name: "fuzz", prompt: "a portrait"), idempotencyKey: "k4")
        },
    ]

    /// Parses `Retry-After` values: a number of seconds or an HTTP date; never a negative wait.
    static func parseRetryAfter(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        if let wait = RetryAfter.parse(text, now: now) { precondition(wait >= .zero, "negative wait \(wait)") }
    }

    /// Splits the input at its first blank line into header lines and body, and feeds them to the sink
    /// as libcurl does (one header line per call, CRLF included; the body in one call).
    static func parse(_ bytes: [UInt8]) -> HTTPResponse {
        let separator: [UInt8] = [13, 10, 13, 10]
        var end = bytes.count
        var bodyStart = bytes.count
        if bytes.count >= 4 {
            for index in 0...(bytes.count - 4) where Array(bytes[index..<index + 4]) == separator {
                end = index + 2
                bodyStart = index + 4
                break
            }
        }
        let sink = ResponseSink(limit: 1 << 20)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        for byte in bytes[..<end] {
            line.append(byte)
            if byte == 10 {
                lines.append(line)
                line = []
            }
        }
        if !line.isEmpty { lines.append(line) }
        lines.append([13, 10])
        for var headerLine in lines {
            let count = headerLine.count
            let taken = headerLine.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    ResponseSink.headerCallback($0.baseAddress, 1, count, context)
                }
            }
            precondition(taken == count, "the header callback refused a line")
        }
        var body = Array(bytes[bodyStart...])
        let bodyCount = body.count
        if bodyCount > 0 {
            _ = body.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    ResponseSink.writeCallback($0.baseAddress, 1, bodyCount, context)
                }
            }
        }
        let status = lines.first.flatMap { first in
            String(decoding: first, as: UTF8.self).split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        return withExtendedLifetime(sink) { sink.response(status: status ?? 200) }
    }

    /// Runs an operation; whatever it throws must be a ``HeyGenError`` whose text never names the key.
    private static func expectError(_ operation: () async throws -> Void) async {
        do {
            try await operation()
        } catch let error as HeyGenError {
            precondition(!String(describing: error).contains("fuzz-key"), "an error shows the API key")
        } catch {
            preconditionFailure("an operation threw \(type(of: error)), not a HeyGenError: \(error)")
        }
    }

    /// Runs async work to completion from the fuzzer's synchronous callback.
    private static func blocking(_ work: @escaping @Sendable () async -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await work()
            done.signal()
        }
        done.wait()
    }
}
