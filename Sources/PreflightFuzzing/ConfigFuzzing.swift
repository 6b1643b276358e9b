import Foundation
import PhotoPreflightConfig

/// The `.photo-preflight.yml` parser (YAML through Yams, then the project's validation).
enum ConfigFuzzing {
    private static let parser = ConfigParser(formats: ["text", "json", "junit", "sarif", "github", "html"])
    private static let file = URL(fileURLWithPath: "/fuzz/project/.photo-preflight.yml")

    /// Parses the input as the config file's text; a bad file must be reported with a message.
    static func run(_ bytes: [UInt8]) {
        do {
            _ = try parser.parse(String(decoding: bytes, as: UTF8.self), file: file)
        } catch {
            precondition(!error.message.isEmpty, "a config error without a message")
        }
    }
}
