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
    private let uploadChannel: Mutex<(any Channel)?> = Mutex(nil)

    /// Creates an emulator; call ``start(host:port:)`` to listen.
    public init(configuration: EmulatorConfiguration = EmulatorConfiguration()) {
        self.configuration = configuration
        self.model = Mutex(EmulatorModel(configuration: configuration))
    }

    /// Starts listening and returns the bound port (pass port 0 for an ephemeral one). With
    /// ``EmulatorConfiguration/separateUploadHost`` the upload host listens too, on `uploadPort` (0: an
    /// ephemeral one; see ``uploadBaseURL``).
    @discardableResult
    public func start(host: String = "127.0.0.1", port: Int = 0, uploadPort: Int = 0) async throws -> Int {
        let bound = try await listen(host: host, port: port, as: .api)
        channel.withLock { $0 = bound }
        if configuration.separateUploadHost {
            let upload = try await listen(host: host, port: uploadPort, as: .upload)
            uploadChannel.withLock { $0 = upload }
        }
        return bound.localAddress?.port ?? port
    }

    private func listen(host: String, port: Int, as role: EmulatorHost) async throws -> any Channel {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(EmulatorHTTPHandler(emulator: self, host: role))
                }
            }
        return try await bootstrap.bind(host: host, port: port).get()
    }

    /// The base URL it listens on, e.g. `http://127.0.0.1:50123`.
    public var baseURL: URL? { Self.url(of: channel.withLock { $0?.localAddress }) }

    /// The upload host's base URL: ``baseURL`` unless ``EmulatorConfiguration/separateUploadHost`` is set.
    public var uploadBaseURL: URL? {
        configuration.separateUploadHost ? Self.url(of: uploadChannel.withLock { $0?.localAddress }) : baseURL
    }

    private static func url(of address: SocketAddress?) -> URL? {
        guard let address, let port = address.port else { return nil }
        return URL(string: "http://\(address.ipAddress ?? "127.0.0.1"):\(port)")
    }

    /// Stops listening.
    public func stop() async throws {
        func take(_ listener: borrowing Mutex<(any Channel)?>) -> (any Channel)? {
            listener.withLock { value in
                defer { value = nil }
                return value
            }
        }
        let listeners = [take(channel), take(uploadChannel)]
        for current in listeners { try await current?.close() }
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
            if let limit = model.holdUploadsAfter, route == .uploadAsset || route == .v3UploadAsset,
                model.stats.uploads >= limit
            {
                return .hold
            }
            if configuration.separateUploadHost, (route == .uploadAsset) != (request.host == .upload) {
                model.stats.wrongHost += 1
                return .html(404, "404 Not Found")
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
