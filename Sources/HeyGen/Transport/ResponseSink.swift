internal import CCurl
import Foundation
import Synchronization

/// Collects one response's headers and body from libcurl callbacks, enforcing the size cap.
///
/// libcurl calls it only from the thread running `curl_easy_perform`; the mutex makes that explicit.
package final class ResponseSink: Sendable {
    let limit: Int
    let cancelled = Atomic<Bool>(false)
    private let state = Mutex(State())

    private let destination: DownloadDestination?

    private struct State {
        var body = Data()
        var headers: [String: String] = [:]
        var exceeded = false
        var status = 0
        var file = DownloadFile()
    }

    /// A sink keeping at most `limit` body bytes in memory; with `destination`, a 2xx body goes to that file.
    package init(limit: Int, destination: DownloadDestination? = nil) {
        self.limit = limit
        self.destination = destination
    }

    deinit { state.withLock { $0.file.close() } }

    var exceeded: Bool { state.withLock { $0.exceeded } }

    package func response(status: Int) -> HTTPResponse {
        state.withLock { HTTPResponse(status: status, headers: $0.headers, body: $0.body) }
    }

    /// Appends body bytes; returns false once the cap is passed.
    private func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        state.withLock { state in
            if let destination, (200..<300).contains(state.status) {
                return state.file.begin(destination, status: state.status) && state.file.append(bytes)
            }
            guard state.body.count + bytes.count <= limit else {
                state.exceeded = true
                return false
            }
            state.body.append(contentsOf: bytes)
            return true
        }
    }

    private func addHeaderLine(_ line: String) {
        state.withLock { state in
            if line.hasPrefix("HTTP/") {
                state.headers = [:]
                state.status = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
                return
            }
            guard let colon = line.firstIndex(of: ":") else { return }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            state.headers[name] = value
        }
    }

    package static let writeCallback:
        @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int =
            {
                buffer, size, count, context in
                guard let context else { return 0 }
                let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
                let total = size * count
                guard total > 0, let buffer else { return total }
                return sink.append(UnsafeRawBufferPointer(start: buffer, count: total)) ? total : 0
            }

    package static let headerCallback:
        @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            buffer, size, count, context in
            guard let context, let buffer else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            let total = size * count
            let bytes = UnsafeRawBufferPointer(start: buffer, count: total)
            sink.addHeaderLine(String(decoding: bytes, as: UTF8.self))
            return total
        }

    static let progressCallback:
        @convention(c) (UnsafeMutableRawPointer?, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> Int32 = {
            context, _, _, _, _ in
            guard let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            return sink.cancelled.load(ordering: .relaxed) ? 1 : 0
        }
}
