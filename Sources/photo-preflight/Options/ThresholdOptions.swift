import ArgumentParser
import PhotoPreflight
import PhotoPreflightFaces

/// Per-rule thresholds and switches, shared by every command that checks photos.
struct ThresholdOptions: ParsableArguments {
    @Option(help: "Refuse images whose header declares more pixels than this (too-many-pixels).")
    var maxPixels: Int?

    @Option(help: "Minimum displayed width and height in pixels (too-small).")
    var minSide: Int?

    @Option(help: "Maximum file size in bytes (too-large).")
    var maxBytes: Int?

    @Option(help: "Centre-weighted mean luma below which a photo fails as too dark (0-255).")
    var darkError: Double?

    @Option(help: "Mean luma below which a photo gets a too-dark warning (0-255).")
    var darkWarning: Double?

    @Option(help: "Mean luma above which a photo fails as too bright (0-255).")
    var brightError: Double?

    @Option(help: "Mean luma above which a photo gets a too-bright warning (0-255).")
    var brightWarning: Double?

    @Option(help: "Sharpness score below which a photo fails as blurry.")
    var blurError: Double?

    @Option(help: "Sharpness score below which a photo gets a blurry warning.")
    var blurWarning: Double?

    @Option(help: "Luma spread below which a photo gets a low-contrast warning.")
    var contrastWarning: Double?

    @Flag(help: "Skip the face rules (no-face, multiple-faces, face-too-small, ...); dlib is not loaded.")
    var noFaceCheck = false

    @Option(help: "Smallest side of the main face box in original pixels (face-too-small).")
    var minFaceSide: Double?

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off (repeatable).", valueName: "rule-id"))
    var disabledRules: [String] = []

    func validate() throws {
        for rule in disabledRules where !RuleRegistry.isKnown(RuleID(rawValue: rule)) {
            let known = RuleRegistry.descriptors.map(\.id.rawValue).joined(separator: ", ")
            throw ValidationError("unknown rule '\(rule)' for --disable; known rules: \(known)")
        }
        for (name, value) in [("--max-pixels", maxPixels), ("--min-side", minSide), ("--max-bytes", maxBytes)] {
            if let value, value <= 0 { throw ValidationError("\(name) must be a positive number, got \(value)") }
        }
        let luma: [(String, Double?)] = [
            ("--dark-error", darkError), ("--dark-warning", darkWarning), ("--bright-error", brightError),
            ("--bright-warning", brightWarning), ("--contrast-warning", contrastWarning),
        ]
        for (name, value) in luma {
            if let value, !(0...255).contains(value) {
                throw ValidationError("\(name) must be between 0 and 255, got \(value)")
            }
        }
        for (name, value) in [
            ("--blur-error", blurError), ("--blur-warning", blurWarning), ("--min-face-side", minFaceSide),
        ] {
            if let value, value < 0 { throw ValidationError("\(name) must not be negative, got \(value)") }
        }
    }

    /// The configuration these options describe, on top of `base`, with dlib's face detector unless
    /// `--no-face-check`.
    func configuration(base: PreflightConfiguration = PreflightConfiguration()) throws -> PreflightConfiguration {
        var configuration = apply(to: base)
        if !noFaceCheck {
            do {
                configuration.faceDetector = try DlibFaceDetector()
            } catch {
                throw ValidationError("cannot start the face detector (\(error)); use --no-face-check to skip it")
            }
        }
        return configuration
    }

    /// The thresholds these options describe, on top of `base` (no face detector).
    func apply(to base: PreflightConfiguration = PreflightConfiguration()) -> PreflightConfiguration {
        var configuration = base
        if let minFaceSide { configuration.faceThresholds.minimumFaceSide = minFaceSide }
        if let maxPixels { configuration.maxPixels = maxPixels }
        if let minSide { configuration.minimumSide = minSide }
        if let maxBytes { configuration.maximumBytes = maxBytes }
        if let darkError { configuration.exposure.darkError = darkError }
        if let darkWarning { configuration.exposure.darkWarning = darkWarning }
        if let brightError { configuration.exposure.brightError = brightError }
        if let brightWarning { configuration.exposure.brightWarning = brightWarning }
        if let blurError { configuration.sharpness.blurryError = blurError }
        if let blurWarning { configuration.sharpness.blurryWarning = blurWarning }
        if let contrastWarning { configuration.contrast.lowContrastWarning = contrastWarning }
        configuration.disabledRules.formUnion(disabledRules.map { RuleID(rawValue: $0) })
        return configuration
    }
}
