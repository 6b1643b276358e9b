import Foundation
import HeyGen
import HeyGenEmulator
import Testing

/// A running emulator on 127.0.0.1 with an ephemeral port, and clients pointed at it.
struct Harness {
    let emulator: HeyGenEmulator
    let baseURL: URL

    static let key = "test-key"

    static func start(_ configuration: EmulatorConfiguration = EmulatorConfiguration()) async throws -> Harness {
        let emulator = HeyGenEmulator(configuration: configuration)
        try await emulator.start(host: "127.0.0.1", port: 0)
        return Harness(emulator: emulator, baseURL: try #require(emulator.baseURL))
    }

    /// Fast retries so fault tests stay quick: many attempts, millisecond backoff, Retry-After capped at 20 ms.
    static let fastRetries = RetryPolicy(
        maxAttempts: 8, baseDelay: .milliseconds(2), maxDelay: .milliseconds(20), maxRetryAfter: .milliseconds(20))

    func connection(
        key: String = Harness.key, policy: RetryPolicy = Harness.fastRetries, clock: any WaitClock = SystemWaitClock(),
        timeout: Duration = .seconds(20)
    ) -> HeyGenConnection {
        HeyGenConnection(
            configuration: HeyGenConfiguration(
                apiKey: APIKey(key)!, apiBase: baseURL, uploadBase: baseURL, requestTimeout: timeout,
                retryPolicy: policy),
            clock: clock)
    }

    func v2(key: String = Harness.key, policy: RetryPolicy = Harness.fastRetries) -> HeyGenV2API {
        HeyGenV2API(connection: connection(key: key, policy: policy))
    }

    func v3(key: String = Harness.key, policy: RetryPolicy = Harness.fastRetries) -> HeyGenV3API {
        HeyGenV3API(connection: connection(key: key, policy: policy))
    }

    func backend(_ api: APIVersion) -> any UploadBackend {
        switch api {
        case .v2: V2Backend(api: v2())
        case .v3: V3Backend(api: v3())
        }
    }

    /// Looks in `group`, counted through the API generation's own list route.
    func lookCount(_ api: APIVersion, group: String) async throws -> Int {
        switch api {
        case .v2: try await v2().groupLooks(groupID: group).count
        case .v3: try await v3().allLooks(groupID: group).count
        }
    }

    /// `POST /_emulator/uploads/hold?after=N` (hold every upload once `uploads` stored) or
    /// `/_emulator/uploads/release`.
    func holdUploads(after count: Int?) async throws {
        let path = count.map { "_emulator/uploads/hold?after=\($0)" } ?? "_emulator/uploads/release"
        let url = try #require(URL(string: baseURL.absoluteString + "/" + path))
        let answer = try await CurlTransport(userAgent: "tests").send(HTTPRequest(method: .post, url: url))
        #expect(answer.status == 200)
    }

    /// Makes the next API request fail as `fault` (`rate_limit`, `error`, `drop`, `fail_after_commit`).
    func queueFault(_ fault: String) async throws {
        let url = try #require(URL(string: baseURL.absoluteString + "/_emulator/faults?next=\(fault)"))
        let answer = try await CurlTransport(userAgent: "tests").send(HTTPRequest(method: .post, url: url))
        #expect(answer.status == 200)
    }

    /// `GET /_emulator/stats`.
    func stats() async throws -> Stats {
        let transport = CurlTransport(userAgent: "tests")
        let answer = try await transport.send(
            HTTPRequest(method: .get, url: baseURL.appendingPathComponent("_emulator/stats")))
        return try JSONDecoder().decode(Stats.self, from: answer.body)
    }

    /// Expects `run` to have exited 0 having uploaded everything, and HeyGen to hold one group with exactly one
    /// look per photo; extra uploads only as many as the report owns up to as possibly orphaned.
    func expectOneGroupWithOneLookPerPhoto(_ api: APIVersion, photos: Int, run: CLIRunner.Result) async throws {
        #expect(run.status == 0)
        let report = try JSONDecoder().decode(UploadReport.self, from: Data(run.stdout.utf8))
        let stats = try await stats()
        #expect(report.allUploaded)
        #expect(stats.groupsCreated == 1)
        #expect(stats.duplicateLooks == 0)
        #expect(stats.distinctHashes == photos)
        #expect(stats.uploads - stats.distinctHashes <= report.possibleOrphanAssets)
        #expect(try await lookCount(api, group: try #require(report.groupID)) == photos)
    }

    func stop() async { try? await emulator.stop() }
}

/// The emulator's stats route.
struct Stats: Decodable {
    var requests: Int
    var uploads: Int
    var distinctHashes: Int
    var groupsCreated: Int
    var groups: Int
    var looksCreated: Int
    var looks: Int
    var duplicateLooks: Int
    var faults: [String: Int]
    var idempotentReplays: Int
    var idempotencyConflicts: Int
    var wrongHost: Int
    var userAgents: [String]

    enum CodingKeys: String, CodingKey {
        case requests, uploads, groups, looks, faults
        case distinctHashes = "distinct_hashes"
        case groupsCreated = "groups_created"
        case looksCreated = "looks_created"
        case duplicateLooks = "duplicate_looks"
        case idempotentReplays = "idempotent_replays"
        case idempotencyConflicts = "idempotency_conflicts"
        case wrongHost = "wrong_host"
        case userAgents = "user_agents"
    }
}

/// Accepts JPEG/PNG by magic bytes, like the CLI's stand-in gate.
struct MagicGate: PhotoGate {
    func prepare(_ file: URL) async throws -> GateDecision {
        let head = [UInt8]((try? Data(contentsOf: file).prefix(8)) ?? Data())
        if head.starts(with: [0xFF, 0xD8]) { return .upload(bytesFile: file, contentType: "image/jpeg") }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .upload(bytesFile: file, contentType: "image/png") }
        return .reject(reason: "not a JPEG or PNG file")
    }
}

/// Quick waits for the emulator's short delays.
let fastWait = WaitPolicy(
    interval: .milliseconds(50), maxInterval: .milliseconds(200), growth: 1.5, deadline: .seconds(30))
