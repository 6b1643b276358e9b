import Foundation

/// A HeyGen API key. It prints as `<redacted>` everywhere; only the request builder reads the value.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let value: String

    /// Wraps a key; surrounding whitespace (a trailing newline from a key file) is removed.
    /// Returns nil for an empty key.
    public init?(_ value: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        self.value = trimmed
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }

    /// Replaces every occurrence of the key in `text` with `<redacted>`.
    public func redact(_ text: String) -> String {
        text.replacingOccurrences(of: value, with: "<redacted>")
    }
}
