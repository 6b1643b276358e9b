/// A problem with a config file, located by file, line and column (1-based) where known.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config file's path.
    public var file: String
    /// Line of the offending node, 1-based.
    public var line: Int?
    /// Column of the offending node, 1-based.
    public var column: Int?
    /// What is wrong and what is allowed.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: MESSAGE`, as compilers print it.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let line, let column, line > 0 { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
