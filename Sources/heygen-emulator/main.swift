import ArgumentParser
import Foundation
import HeyGenEmulator

/// Runs the HeyGen emulator in the foreground and prints the URL it listens on.
@main
struct HeyGenEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heygen-emulator",
        abstract: "A local, in-memory HeyGen API (v1/v2 and v3) for offline use and tests.",
        discussion: """
            Accepts the API keys given with --accept-key (default: test-key). Stats: GET /_emulator/stats.
            Stop it with Ctrl-C.
            """)

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on; 0 picks a free one.") var port = 8080
    @Option(name: .customLong("accept-key"), help: "An API key the emulator accepts (repeatable).")
    var acceptedKeys: [String] = ["test-key"]
    @Option(help: "Milliseconds added before every answer.") var latencyMs = 0
    @Option(help: "Milliseconds a look stays pending.") var lookDelayMs = 2000
    @Option(help: "Milliseconds training takes.") var trainingDelayMs = 5000
    @Option(help: "Milliseconds an AI photo generation takes.") var generationDelayMs = 3000
    @Option(help: "Milliseconds a video takes to render.") var videoDelayMs = 5000
    @Option(help: "Probability (0-1) of answering 500 without acting.") var errorRate = 0.0
    @Option(help: "Probability (0-1) of answering 429 with Retry-After.") var rateLimitRate = 0.0
    @Option(help: "Probability (0-1) of dropping the connection without answering.") var dropRate = 0.0
    @Option(help: "Probability (0-1) of acting, then answering 500.") var failAfterCommitRate = 0.0
    @Option(help: "Retry-After seconds sent with injected 429s.") var retryAfter = 1
    @Option(help: "Looks per page of v3 lists by default.") var pageSize = 20
    @Option(help: "Seed of the fault dice.") var seed: UInt64 = 1
    @Option(name: .customLong("download-url-ttl"), help: "Seconds a signed video download URL stays valid.")
    var downloadURLTTL = 7 * 86_400

    @Option(
        help: """
            Serve the v1 raw upload (POST /v1/asset) on its own port, as upload.heygen.com, and refuse it on \
            the API port (and API routes on the upload port). 0: a free port. Off when not given.
            """)
    var uploadPort: Int?
    @Option(help: "Milliseconds a new group or look stays missing from the list routes.") var listLagMs = 0
    @Option(
        help: """
            Milliseconds the first request with an Idempotency-Key stays in flight (its answer is dropped; \
            repeats get 409 request_in_progress until then). 0: off.
            """)
    var idempotencyHoldMs = 0

    func validate() throws {
        for (name, rate) in [
            ("error-rate", errorRate), ("rate-limit-rate", rateLimitRate), ("drop-rate", dropRate),
            ("fail-after-commit-rate", failAfterCommitRate),
        ] where !(0...1).contains(rate) {
            throw ValidationError("--\(name) must be between 0 and 1")
        }
        guard errorRate + rateLimitRate + dropRate + failAfterCommitRate <= 1 else {
            throw ValidationError("the fault rates add up to more than 1")
        }
        guard listLagMs >= 0, idempotencyHoldMs >= 0, latencyMs >= 0 else {
            throw ValidationError("--list-lag-ms, --idempotency-hold-ms and --latency-ms must not be negative")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0-65535") }
        if let uploadPort, !(0...65535).contains(uploadPort) {
            throw ValidationError("--upload-port must be 0-65535")
        }
    }

    func run() async throws {
        var configuration = EmulatorConfiguration(
            apiKeys: Set(acceptedKeys), lookDelay: .milliseconds(lookDelayMs),
            trainingDelay: .milliseconds(trainingDelayMs), generationDelay: .milliseconds(generationDelayMs),
            videoDelay: .milliseconds(videoDelayMs), latency: .milliseconds(latencyMs),
            faults: FaultRates(
                error: errorRate, rateLimit: rateLimitRate, drop: dropRate, failAfterCommit: failAfterCommitRate),
            retryAfterSeconds: retryAfter, defaultPageSize: pageSize, seed: seed, listLag: .milliseconds(listLagMs),
            idempotencyHold: .milliseconds(idempotencyHoldMs))
        configuration.fileHost.urlLifetime = .seconds(downloadURLTTL)
        configuration.separateUploadHost = uploadPort != nil
        let emulator = HeyGenEmulator(configuration: configuration)
        do {
            try await emulator.start(host: host, port: port, uploadPort: uploadPort ?? 0)
        } catch {
            // SwiftNIO's bind error text means little to a person; say what to do instead.
            let message =
                "error: cannot listen on \(host):\(port); is another server using that port? "
                + "Pick another with --port, or --port 0 for a free one\n"
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(2)
        }
        var line = "HeyGen emulator listening on \(emulator.baseURL?.absoluteString ?? "?")\n"
        if configuration.separateUploadHost {
            line += "upload host listening on \(emulator.uploadBaseURL?.absoluteString ?? "?")\n"
        }
        FileHandle.standardOutput.write(Data(line.utf8))
        while !Task.isCancelled { try await Task.sleep(for: .seconds(3600)) }
    }
}
