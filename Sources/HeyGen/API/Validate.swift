/// Local checks for what HeyGen is documented to reject.
enum Validate {
    static func nonEmpty(_ value: String, _ field: String) throws {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw HeyGenError.invalidRequest("\(field) must not be empty")
        }
    }

    static func name(_ value: String) throws {
        try nonEmpty(value, "name")
        if value.count > 256 { throw HeyGenError.invalidRequest("name is longer than 256 characters") }
    }

    static func maxLength(_ value: String, _ limit: Int, _ field: String) throws {
        if value.count > limit {
            throw HeyGenError.invalidRequest("\(field) has \(value.count) characters; at most \(limit) allowed")
        }
    }
}
