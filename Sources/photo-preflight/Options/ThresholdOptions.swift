import ArgumentParser
import Foundation
import PhotoPreflight
import PhotoPreflightFaces

/// Per-rule thresholds and switches, shared by every command that checks photos. The per-parameter flags
/// (`--dark-error`, `--min-side`, ...) come from the rules' declarations: see ``ThresholdFlags``.
struct ThresholdOptions: ParsableArguments {
    @Option(name: .customLong("threshold"), help: ThresholdFlags.help)
    var settings: [String] = []

    @Flag(help: "Skip the face rules (no-face, multiple-faces, face-too-small, ...); dlib is not loaded.")
    var noFaceCheck = false

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off (repeatable).", valueName: "rule-id"))
    var disabledRules: [String] = []

    func validate() throws {
        for rule in disabledRules where !RuleRegistry.isKnown(RuleID(rawValue: rule)) {
            let known = RuleRegistry.descriptors.map(\.id.rawValue).joined(separator: ", ")
            throw ValidationError("unknown rule '\(rule)' for --disable; known rules: \(known)")
        }
        _ = try parsedSettings()
        _ = try Self.scanCode()
    }

    /// The environment variable that picks the code of the face scan: `fastest` (the default), `portable` (to
    /// compare it with the AVX2 form, or to rule that out) or `dlib` (dlib's own filtering, to rule ours out).
    static let scanCodeVariable = "PHOTO_PREFLIGHT_FACE_SCAN"

    /// The scan code `PHOTO_PREFLIGHT_FACE_SCAN` asks for, ``FaceScanCode/fastest`` when unset.
    static func scanCode() throws -> FaceScanCode {
        guard let value = ProcessInfo.processInfo.environment[scanCodeVariable] else { return .fastest }
        guard let code = FaceScanCode(rawValue: value) else {
            let names = FaceScanCode.allCases.map(\.rawValue)
            let known = names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
            throw ValidationError("\(scanCodeVariable) must be \(known), not '\(value)'")
        }
        return code
    }

    /// dlib's face detector, or `nil` with `--no-face-check`. Its model is loaded by the first photo that
    /// decodes (from the detector cache when valid), so a run whose photos never reach the face check does
    /// not pay for it.
    func faceDetector() -> (any FaceDetecting)? {
        noFaceCheck ? nil : DlibFaceDetector(scanCode: (try? Self.scanCode()) ?? .fastest)
    }

    /// dlib's landmark locator, or `nil` with `--no-face-check`. Its model loads on the first face; if it cannot,
    /// one warning line says why and the landmark rules are skipped.
    func landmarkLocator() -> (any FaceLandmarkLocating)? {
        guard !noFaceCheck else { return nil }
        return DlibLandmarkLocator(notice: { StandardError.write("\(StandardError.warningPrefix)\($0)\n") })
    }

    /// The thresholds and disabled rules these options describe, on top of `base` (no face detector).
    func apply(to base: PreflightConfiguration) throws -> PreflightConfiguration {
        var configuration = base
        for setting in try parsedSettings() { setting.parameter.set(setting.value, in: &configuration) }
        configuration.disabledRules.formUnion(disabledRules.map { RuleID(rawValue: $0) })
        return configuration
    }

    private func parsedSettings() throws -> [ThresholdFlags.Setting] {
        do {
            return try settings.map(ThresholdFlags.parse)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
