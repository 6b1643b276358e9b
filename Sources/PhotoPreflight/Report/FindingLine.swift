extension Finding {
    /// The finding as `RULE: MESSAGE` for the text writers and upload reasons, without repeating the rule
    /// when the message starts with it: `blurry: sharpness 12 (below 40)`, not `blurry: blurry: …`, and
    /// `too-dark: brightness 20 …`, not `too-dark: too dark: …`.
    package var line: String { "\(rule): \(messageAfterRule)" }

    /// The message without a leading copy of the rule's name (`blurry:` or `too dark:` for `too-dark`).
    package var messageAfterRule: String {
        let names = [rule.rawValue, rule.rawValue.replacingOccurrences(of: "-", with: " ")].map { $0 + ": " }
        for name in names where message.lowercased().hasPrefix(name) {
            return String(message.dropFirst(name.count))
        }
        return message
    }
}
