/// Local checks for what HeyGen is documented to reject.
enum Validate {
    static func nonEmpty(_ value: String, _ field: String) throws {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw HeyGenError.invalidRequest("\(field) must not be empty")
        }
    }

    /// HeyGen's limit on avatar, group and look names, in characters.
    static let maxNameCharacters = 255

    static func name(_ value: String) throws {
        try nonEmpty(value, "name")
        if value.count > maxNameCharacters {
            throw HeyGenError.invalidRequest("name is longer than \(maxNameCharacters) characters")
        }
    }

    static func maxLength(_ value: String, _ limit: Int, _ field: String) throws {
        if value.count > limit {
            throw HeyGenError.invalidRequest("\(field) has \(value.count) characters; at most \(limit) allowed")
        }
    }
}
