import Foundation
import PhotoPreflight

/// The settings of a `.photo-preflight.yml` file: thresholds and switched-off rules (as a configuration),
/// the default output format, strictness and which files to take.
public struct ConfigFile: Sendable {
    /// The file name looked for in the working folder and its parents.
    public static let fileName = ".photo-preflight.yml"

    /// Where it was read from; nil for the built-in defaults.
    public var source: URL?
    /// Thresholds and switched-off rules, on top of the defaults.
    public var configuration: PreflightConfiguration
    /// The default `--format`, when set.
    public var format: String?
    /// The default for `--strict`, when set.
    public var strict: Bool?
    /// Files to take (globs relative to the config file's folder); empty takes every image.
    public var include: [GlobPattern]
    /// Files to leave out, even when named on the command line.
    public var exclude: [GlobPattern]

    /// The built-in defaults: no file.
    public init() {
        source = nil
        configuration = PreflightConfiguration()
        include = []
        exclude = []
    }

    /// The folder globs are relative to: the config file's folder (the working folder without a file).
    public var baseFolder: URL {
        source?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// Whether a file at the absolute path `path` is taken. `named` files (given on the command line) skip the
    /// `include` filter; `exclude` applies to every file. Files outside `baseFolder` are always taken.
    public func selects(absolutePath path: String, named: Bool) -> Bool {
        let base = baseFolder.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard path.hasPrefix(prefix) else { return true }
        let relative = String(path.dropFirst(prefix.count))
        if exclude.contains(where: { $0.matches(relative) }) { return false }
        return named || include.isEmpty || include.contains { $0.matches(relative) }
    }
}
