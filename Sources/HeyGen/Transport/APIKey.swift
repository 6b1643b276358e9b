import Foundation

/// A HeyGen API key. It prints as `<redacted>` everywhere, reflection included; only the request builder
/// reads the value.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let value: String

    /// Wraps a key; only a trailing newline (`\n` or `\r\n`, as a key file ends) is removed. Returns nil
    /// for an empty key or one containing whitespace or control characters (see ``problem(in:)``).
    public init?(_ value: String) {
        let trimmed = Self.trimmingTrailingNewline(value)
        guard Self.problem(in: trimmed) == nil else { return nil }
        self.value = trimmed
    }

    /// Why `text` (after removing one trailing newline) cannot be a key, or nil when it can. A key with a
    /// space, tab, newline or control character inside would split or inject an HTTP header.
    public static func problem(in text: String) -> String? {
        let key = trimmingTrailingNewline(text)
        if key.isEmpty { return "the API key is empty" }
        let bad = key.unicodeScalars.contains { scalar in
            CharacterSet.whitespacesAndNewlines.contains(scalar) || CharacterSet.controlCharacters.contains(scalar)
        }
        return bad ? "the API key contains whitespace or control characters" : nil
    }

    private static func trimmingTrailingNewline(_ text: String) -> String {
        // "\r\n" is one Character, so one dropLast removes either ending.
        text.hasSuffix("\r\n") || text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: ["value": "<redacted>"]) }

    /// Replaces every occurrence of the key in `text` with `<redacted>`.
    public func redact(_ text: String) -> String {
        text.replacingOccurrences(of: value, with: "<redacted>")
    }
}
