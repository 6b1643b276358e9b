import Foundation

extension HeyGenConnection {
    /// `GET` of a signed file URL into `destination`, with `Range: bytes=<offset>-` when resuming.
    ///
    /// The file host is not the API host: the request carries **no** `X-Api-Key` (the signature in the
    /// URL is the credential). Retries follow the connection's policy; a retried attempt rewrites the file
    /// from `destination.offset`, so a dropped transfer never leaves duplicated bytes.
    func fetchFile(_ url: URL, into destination: DownloadDestination) async throws -> HTTPResponse {
        let range: [(name: String, value: String)] =
            destination.offset > 0 ? [("Range", "bytes=\(destination.offset)-")] : []
        let request = HTTPRequest(
            method: .get, url: url, headers: range, timeout: configuration.uploadTimeout, destination: destination)
        return try await executor.send(request, replayable: true)
    }
}

/// The rule for URLs the client follows outside the API: `https`, or `http` to a loopback address.
enum SignedURL {
    /// `text` as a URL the client may fetch, or ``HeyGenError/unexpectedResponse(_:)``.
    static func validated(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host else {
            throw HeyGenError.unexpectedResponse("the download URL is not a URL")
        }
        let loopback = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
        guard scheme == "https" || (scheme == "http" && loopback) else {
            throw HeyGenError.unexpectedResponse("refusing to download from a \(scheme) URL on \(host); only https")
        }
        return url
    }
}
