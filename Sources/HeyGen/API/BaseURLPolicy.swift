import Foundation

/// Which base URLs the key may travel to: https anywhere, plain http only to this machine.
public enum BaseURLPolicy {
    /// Throws ``HeyGenError/invalidRequest(_:)`` unless `url` is https, or http to a loopback host
    /// (127.0.0.0/8, ::1, localhost), where the key cannot be read off the wire.
    public static func check(_ url: URL) throws(HeyGenError) {
        switch url.scheme?.lowercased() {
        case "https": return
        case "http" where isLoopback(url.host): return
        case "http":
            throw .invalidRequest(
                "refusing \(url.absoluteString): the API key would travel in clear text; use https "
                    + "(plain http is allowed only to loopback: 127.0.0.0/8, ::1, localhost)")
        default: throw .invalidRequest("\(url.absoluteString) is not an https URL")
        }
    }

    /// Whether `host` is `localhost`, `::1` or an IPv4 address in 127.0.0.0/8.
    public static func isLoopback(_ host: String?) -> Bool {
        guard var host = host?.lowercased() else { return false }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in UInt8(part).map { String($0) == part } ?? false }
    }
}
