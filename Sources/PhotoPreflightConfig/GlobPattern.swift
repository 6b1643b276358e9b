import Foundation

/// A file-name pattern as in `.gitignore`: `*` and `?` within one path segment, `[abc]` classes, `**` for any
/// number of folders. A pattern without `/` matches the file name in any folder; one with `/` matches the
/// path relative to the config file's folder.
public struct GlobPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public var description: String
    private let segments: [String]
    private let anchored: Bool

    /// Parses `pattern`; a leading `./` or `/` anchors it like any pattern containing `/`.
    public init(_ pattern: String) {
        description = pattern
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        anchored = text.contains("/")
        if text.hasPrefix("/") { text.removeFirst() }
        if text.hasSuffix("/") { text += "**" }
        segments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether `relativePath` (segments separated by `/`) matches.
    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/").map(String.init)
        if !anchored {
            guard let name = parts.last else { return false }
            return segments.count == 1 && Self.matchSegment(segments[0], name)
        }
        return Self.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var candidate = path
            while true {
                if match(rest, candidate) { return true }
                guard !candidate.isEmpty else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(first, segment) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ pattern: String, _ name: String) -> Bool {
        fnmatch(pattern, name, FNM_PERIOD) == 0
    }
}
