import Foundation

/// Why an API key could not be read.
public struct APIKeyProblem: Error, Sendable, CustomStringConvertible {
    /// What is wrong, without the key.
    public var description: String
}

/// Reads an API key from a file, as ssh reads a private key: a file others may read is warned about.
public enum APIKeyFile {
    /// The key in the file at `path` (one trailing newline allowed), and a warning when the file is
    /// readable by its group or others.
    public static func load(_ path: String) throws(APIKeyProblem) -> (key: APIKey, warning: String?) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw APIKeyProblem(description: "cannot read the API key file \(path)")
        }
        if let problem = APIKey.problem(in: text) { throw APIKeyProblem(description: "\(problem) (file \(path))") }
        guard let key = APIKey(text) else { throw APIKeyProblem(description: "the API key file \(path) is unusable") }
        return (key, warning(for: path))
    }

    /// The warning for a key file whose permissions let its group or others read it, or nil.
    public static func warning(for path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & (S_IRGRP | S_IROTH) != 0 else { return nil }
        let mode = String(info.st_mode & 0o777, radix: 8)
        return "the API key file \(path) is readable by group or others (mode \(mode)); run chmod 600 \(path)"
    }
}
