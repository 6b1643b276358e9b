import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A local, in-memory HeyGen: the seed's v1/v2 routes and the v3 routes on one port, as strict as the
/// real service, with injectable faults and a stats route (`GET /_emulator/stats`).
public final class HeyGenEmulator: Sendable {
    /// The configuration it runs with.
    public let configuration: EmulatorConfiguration
    private let model: Mutex<EmulatorModel>
    private let channel: Mutex<(any Channel)?> = Mutex(nil)

    /// Creates an emulator; call ``start(host:port:)`` to listen.
    public init(configuration: EmulatorConfiguration = EmulatorConfiguration()) {
        self.configuration = configuration
        self.model = Mutex(EmulatorModel(configuration: configuration))
    }

    /// Starts listening and returns the bound port (pass port 0 for an ephemeral one).
    @discardableResult
    public func start(host: String = "127.0.0.1", port: Int = 0) async throws -> Int {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(EmulatorHTTPHandler(emulator: self))
                }
            }
        let bound = try await bootstrap.bind(host: host, port: port).get()
        channel.withLock { $0 = bound }
        return bound.localAddress?.port ?? port
    }

    /// The base URL it listens on, e.g. `http://127.0.0.1:50123`.
    public var baseURL: URL? {
        guard let address = channel.withLock({ $0?.localAddress }), let port = address.port else { return nil }
        return URL(string: "http://\(address.ipAddress ?? "127.0.0.1"):\(port)")
    }

    /// Stops listening.
    public func stop() async throws {
        let current = channel.withLock { value -> (any Channel)? in
            defer { value = nil }
            return value
        }
        try await current?.close()
    }

    /// Handles one request and returns the reply and how long to delay it.
    func handle(_ request: EmulatorRequest) -> EmulatorReply {
        let now = ContinuousClock.now
        return model.withLock { model in
            if let reply = model.fileHost(request) { return reply }
            if request.path.hasPrefix("/_emulator/") { return model.control(request, now: now) }
            model.stats.requests += 1
            if let agent = request.header("user-agent") { model.stats.userAgents.insert(agent) }
            let envelope = RouteEnvelope(path: request.path)
            let route: Route
            switch Route.match(method: request.method, path: request.path) {
            case .success(let matched): route = matched
            case .failure(.notFound): return .html(404, "404 Not Found")
            case .failure(.methodNotAllowed): return .html(405, "405 Method Not Allowed")
            }
            guard let owner = Self.apiKey(of: request), configuration.apiKeys.contains(owner) else {
                let code = envelope == .v3 ? "unauthorized" : "internal_error"
                return envelope.error(401, code: code, numeric: 400112, "Unauthorized")
            }
            let fault = model.rollFault()
            switch fault {
            case .rateLimit:
                return envelope.error(
                    429, code: "rate_limit_exceeded", numeric: 400123, "Too many requests",
                    headers: [("Retry-After", String(configuration.retryAfterSeconds))])
            case .error: return envelope.error(500, code: "internal_error", numeric: 500, "Internal server error")
            case .drop: return .drop
            case .failAfterCommit, nil: break
            }
            let reply = model.applyAnswerFault(route, to: model.runIdempotent(route, request, owner: owner, now: now))
            if fault == .failAfterCommit {
                return envelope.error(500, code: "internal_error", numeric: 500, "Internal server error")
            }
            return reply
        }
    }

    private static func apiKey(of request: EmulatorRequest) -> String? {
        if let key = request.header("x-api-key") { return key }
        if let bearer = request.header("authorization"), bearer.hasPrefix("Bearer ") {
            return String(bearer.dropFirst(7))
        }
        return nil
    }
}
