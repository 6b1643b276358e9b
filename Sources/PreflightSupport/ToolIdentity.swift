/// The tool's name and version, written once: the CLI's `--version`, the SARIF driver, the JUnit suite,
/// the HTML report's header and the HeyGen client's `User-Agent` all read them from here.
package enum ToolIdentity {
    /// The command's name.
    package static let name = "photo-preflight"
    /// The version (semantic versioning).
    package static let version = "0.1.0"
    /// `photo-preflight 0.1.0`, as a report names its generator.
    package static var nameAndVersion: String { "\(name) \(version)" }
}
