import HeyGenEmulator
import NIOCore
import NIOEmbedded
import NIOHTTP1

/// Raw bytes from a client socket through the emulator's own HTTP pipeline (NIO's HTTP/1 parser with error
/// handling, then ``EmulatorHTTPHandler`` and the routes), on an embedded channel: no socket, no threads.
enum EmulatorRequestFuzzing {
    /// Feeds the input as what a client sent, then drains the replies. A fresh emulator per input keeps runs
    /// independent of each other.
    static func run(_ bytes: [UInt8]) {
        let emulator = HeyGenEmulator(
            configuration: EmulatorConfiguration(apiKeys: ["test-key"], maxUploadBytes: 1 << 20))
        let channel = EmbeddedChannel()
        do {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
            try channel.pipeline.syncOperations.addHandler(EmulatorHTTPHandler(emulator: emulator, host: .api))
        } catch {
            preconditionFailure("cannot set up the pipeline: \(error)")
        }
        // Malformed HTTP is answered 400 by NIO's error handler; the error itself is expected.
        _ = try? channel.writeInbound(channel.allocator.buffer(bytes: bytes))
        channel.embeddedEventLoop.run()
        while (try? channel.readOutbound(as: IOData.self)) != nil {}
        _ = try? channel.finish()
    }
}
