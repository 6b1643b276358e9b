/// A request prints, debug-prints and reflects with its credential headers redacted.
extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Header names whose values are credentials.
    static let credentialHeaders: Set<String> = ["x-api-key", "authorization", "proxy-authorization"]

    /// The headers with credential values replaced by `<redacted>`.
    var printableHeaders: [(name: String, value: String)] {
        headers.map { header in
            (header.name, Self.credentialHeaders.contains(header.name.lowercased()) ? "<redacted>" : header.value)
        }
    }

    public var description: String {
        let fields = printableHeaders.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
        return "\(method.rawValue) \(url.absoluteString) [\(fields)]"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method, "url": url, "headers": printableHeaders.map { "\($0.name): \($0.value)" },
                "body": body, "timeout": timeout,
            ])
    }
}
