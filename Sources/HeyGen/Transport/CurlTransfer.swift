internal import CCurl
internal import CCurlShim
import Foundation
import Synchronization

/// One request executed on one libcurl easy handle. Not reusable.
final class CurlTransfer: Sendable {
    private let request: HTTPRequest
    private let userAgent: String
    private let connectTimeout: Duration
    private let sink: ResponseSink

    init(request: HTTPRequest, userAgent: String, connectTimeout: Duration, maxResponseBytes: Int) {
        self.request = request
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.sink = ResponseSink(limit: maxResponseBytes, destination: request.destination)
    }

    /// Asks a running transfer to stop at its next progress callback.
    func cancel() { sink.cancelled.store(true, ordering: .relaxed) }

    /// Runs the transfer to completion on the calling thread.
    func perform() throws -> HTTPResponse {
        guard let handle = curl_easy_init() else { throw TransportError.other(code: -1, message: "curl_easy_init") }
        defer { curl_easy_cleanup(handle) }
        var resources = CurlResources()
        defer { resources.release() }
        try configure(handle, resources: &resources)
        let code = curl_easy_perform(handle)
        if code != CURLE_OK { throw mapError(code) }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return sink.response(status: status)
    }

    private func configure(_ handle: UnsafeMutableRawPointer, resources: inout CurlResources) throws {
        _ = ccurl_setopt_string(handle, CURLOPT_URL, request.url.absoluteString)
        _ = ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        _ = ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        _ = ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, connectTimeout.milliseconds)
        _ = ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, request.timeout.milliseconds)
        _ = ccurl_setopt_string(handle, CURLOPT_USERAGENT, userAgent)
        _ = ccurl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        let context = Unmanaged.passUnretained(sink).toOpaque()
        _ = ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = ccurl_setopt_callback(handle, CURLOPT_WRITEFUNCTION, ResponseSink.writeCallback)
        _ = ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        _ = ccurl_setopt_callback(handle, CURLOPT_HEADERFUNCTION, ResponseSink.headerCallback)
        _ = ccurl_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
        _ = ccurl_setopt_pointer(handle, CURLOPT_XFERINFODATA, context)
        _ = ccurl_setopt_progress(handle, ResponseSink.progressCallback)
        switch request.method {
        case .get: _ = ccurl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case .post: _ = ccurl_setopt_long(handle, CURLOPT_POST, 1)
        case .delete, .patch: _ = ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue)
        }
        var headers = request.headers.map { "\($0.name): \($0.value)" }
        headers.append("Expect:")
        try configureBody(handle, headers: &headers, resources: &resources)
        for line in headers { resources.headerList = curl_slist_append(resources.headerList, line) }
        _ = ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, resources.headerList)
    }

    private func configureBody(
        _ handle: UnsafeMutableRawPointer, headers: inout [String], resources: inout CurlResources
    ) throws {
        switch request.body {
        case .none:
            if request.method == .post { _ = ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, 0) }
        case .data(let data, let contentType):
            headers.append("Content-Type: \(contentType)")
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(data.count, 1))
            data.withUnsafeBytes { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { buffer.update(from: $0, count: data.count) }
            }
            resources.ownedBuffer = buffer
            _ = ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(data.count))
            _ = ccurl_setopt_pointer(handle, CURLOPT_POSTFIELDS, buffer)
        case .file(let url, let contentType):
            headers.append("Content-Type: \(contentType)")
            let (file, size) = try openForUpload(url)
            resources.file = file
            _ = ccurl_setopt_pointer(handle, CURLOPT_READDATA, file)
            _ = ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(size))
        case .multipartFile(let url, let fieldName, let fileName, let contentType):
            // Probe that the file is a readable regular file, then close it: libcurl opens it again itself.
            fclose(try openForUpload(url).0)
            let mime = curl_mime_init(handle)
            resources.mime = mime
            let part = curl_mime_addpart(mime)
            curl_mime_name(part, fieldName)
            curl_mime_filename(part, fileName)
            curl_mime_type(part, contentType)
            if curl_mime_filedata(part, url.path) != CURLE_OK {
                throw TransportError.unreadableFile(url.lastPathComponent)
            }
            curl_mime_filename(part, fileName)
            _ = ccurl_setopt_mime(handle, mime)
        }
    }

    /// Opens `url` for reading and returns the stream and its size in bytes.
    private func openForUpload(_ url: URL) throws -> (UnsafeMutablePointer<FILE>, Int) {
        guard let file = fopen(url.path, "rb") else {
            throw TransportError.unreadableFile("\(url.lastPathComponent): \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(fileno(file), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            fclose(file)
            throw TransportError.unreadableFile("\(url.lastPathComponent): not a regular file")
        }
        return (file, Int(info.st_size))
    }

    private func mapError(_ code: CURLcode) -> Error {
        let text = String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_ABORTED_BY_CALLBACK: return CancellationError()
        case CURLE_WRITE_ERROR where sink.exceeded: return TransportError.responseTooLarge(limit: sink.limit)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_PROXY:
            return TransportError.connectFailed(text)
        case CURLE_OPERATION_TIMEDOUT: return TransportError.timedOut(text)
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE:
            return TransportError.connectionDropped(text)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR:
            return TransportError.tls(text)
        case CURLE_READ_ERROR: return TransportError.unreadableFile(text)
        default: return TransportError.other(code: Int(code.rawValue), message: text)
        }
    }
}

/// C allocations that live exactly as long as one transfer.
struct CurlResources {
    var headerList: UnsafeMutablePointer<curl_slist>?
    var file: UnsafeMutablePointer<FILE>?
    var mime: OpaquePointer?
    var ownedBuffer: UnsafeMutablePointer<CChar>?

    mutating func release() {
        curl_slist_free_all(headerList)
        if let file { fclose(file) }
        if let mime { curl_mime_free(mime) }
        ownedBuffer?.deallocate()
        self = CurlResources()
    }
}
