import ArgumentParser
import PhotoPreflight
import PhotoPreflightConfig

/// The settings of every command that checks photos (`check`, `fix`, `upload`, `video avatar-iv --photo`):
/// the config file (`--config`, the nearest `.photo-preflight.yml`, or none with `--no-config`) and the
/// threshold flags on top of it. Flags win over the file, the file over the built-in defaults.
struct PhotoCheckSettings: ParsableArguments {
    @OptionGroup var thresholds: ThresholdOptions
    @OptionGroup var configOptions: ConfigOptions

    /// The settings in force.
    struct Resolved {
        /// The config file that applies (the defaults when there is none).
        var file: ConfigFile
        /// The file's thresholds and disabled rules with the flags applied, and the face detector.
        var configuration: PreflightConfiguration
    }

    /// Reads the config file and applies the flags; thresholds that contradict each other (an error
    /// threshold beyond its warning threshold) are reported as a usage error, wherever they were set.
    func resolve() throws -> Resolved {
        let file = try configOptions.load()
        var configuration = try thresholds.apply(to: file.configuration)
        if let problem = configuration.thresholdOrderProblems.first { throw ValidationError(problem) }
        configuration.faceDetector = thresholds.faceDetector()
        configuration.landmarkLocator = thresholds.landmarkLocator()
        return Resolved(file: file, configuration: configuration)
    }
}
