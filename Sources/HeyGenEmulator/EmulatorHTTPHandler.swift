import NIOCore
import NIOHTTP1

/// Collects one HTTP request, asks the emulator for the reply, and sends it after the configured latency.
package final class EmulatorHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    package typealias InboundIn = HTTPServerRequestPart
    package typealias OutboundOut = HTTPServerResponsePart

    private let emulator: HeyGenEmulator
    private let host: EmulatorHost
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var overLimit = false

    package init(emulator: HeyGenEmulator, host: EmulatorHost) {
        self.emulator = emulator
        self.host = host
    }

    package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
            overLimit = false
        case .body(let buffer):
            if body.count + buffer.readableBytes > emulator.configuration.maxUploadBytes + 1 {
                overLimit = true
            } else {
                body.append(contentsOf: buffer.readableBytesView)
            }
        case .end:
            guard let head else { return }
            self.head = nil
            if overLimit { body = [UInt8](repeating: 0, count: emulator.configuration.maxUploadBytes + 1) }
            let components = head.uri.split(separator: "?", maxSplits: 1).map(String.init)
            let request = EmulatorRequest(
                host: host, method: head.method.rawValue, path: components.first ?? "/",
                query: Self.parseQuery(components.count > 1 ? components[1] : ""),
                headers: Dictionary(head.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { $1 }),
                body: body)
            body = []
            let reply = emulator.handle(request)
            let latency = emulator.configuration.latency
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            let send: @Sendable () -> Void = { Self.send(reply, on: bound.value) }
            if latency > .zero {
                let (seconds, attoseconds) = latency.components
                let nanos = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
                context.eventLoop.scheduleTask(in: .nanoseconds(nanos)) { send() }
            } else {
                send()
            }
        }
    }

    private static func send(_ reply: EmulatorReply, on context: ChannelHandlerContext) {
        switch reply {
        case .drop:
            context.close(promise: nil)
        case .hold:
            break
        case .respond(let status, let headers, let bytes):
            var fields = HTTPHeaders(headers)
            fields.add(name: "Content-Length", value: String(bytes.count))
            fields.add(name: "Connection", value: "close")
            fields.add(name: "X-Request-Id", value: "emu-\(UInt32.random(in: 0...UInt32.max))")
            let head = HTTPResponseHead(
                version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: fields)
            context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
            var buffer = context.channel.allocator.buffer(capacity: bytes.count)
            buffer.writeBytes(bytes)
            context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
            let channel = context.channel
            context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil))).whenComplete { _ in
                channel.close(promise: nil)
            }
        }
    }

    private static func parseQuery(_ query: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in query.split(separator: "&") {
            // Empty pieces kept: a bare "=" is a pair with an empty name and value, not an empty list (which
            // stopped the emulator on "&=&"; found by fuzzing, Fixtures/fuzz/emulator-requests).
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts[0].removingPercentEncoding ?? parts[0]
            result[name] =
                parts.count > 1
                ? (parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? parts[1]) : ""
        }
        return result
    }
}
