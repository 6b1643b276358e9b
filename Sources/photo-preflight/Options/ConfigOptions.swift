import ArgumentParser
import Foundation
import PhotoPreflightConfig

/// Which config file applies.
struct ConfigOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Read settings from this file instead of the nearest \(ConfigFile.fileName) above the working folder.",
            valueName: "file"))
    var config: String?

    @Flag(help: "Ignore config files; use the built-in defaults and the options given.")
    var noConfig = false

    func validate() throws {
        if noConfig && config != nil { throw ValidationError("--config and --no-config cannot be used together") }
    }

    /// The settings in force: the named file, the nearest one found, or the defaults.
    func load() throws(ConfigError) -> ConfigFile {
        if noConfig { return ConfigFile() }
        let parser = ConfigParser(formats: OutputFormat.allCases.map(\.rawValue))
        if let config {
            let url = URL(fileURLWithPath: config)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ConfigError(file: config, message: "no such config file")
            }
            return try parser.load(url)
        }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let found = ConfigLocator.find(from: here) else { return ConfigFile() }
        return try parser.load(found)
    }
}
