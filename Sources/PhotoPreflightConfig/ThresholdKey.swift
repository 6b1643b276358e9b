import PhotoPreflight

/// One threshold a config file may set under `rules.<rule-id>`: its key, allowed range and where it goes.
struct ThresholdKey: Sendable {
    /// The key under the rule, e.g. `error`.
    var name: String
    /// Allowed values, inclusive.
    var range: ClosedRange<Double>
    /// Whole numbers only.
    var integer: Bool
    /// What the value means, for the commented template.
    var help: String
    /// Reads the value from a configuration (for the template's defaults).
    var read: @Sendable (PreflightConfiguration) -> Double
    /// Writes the value into a configuration.
    var write: @Sendable (inout PreflightConfiguration, Double) -> Void

    /// The allowed values in words.
    var allowed: String {
        let kind = integer ? "a whole number" : "a number"
        let upper = range.upperBound
        if upper == .greatestFiniteMagnitude { return "\(kind) ≥ \(ReportText.number(range.lowerBound))" }
        return "\(kind) from \(ReportText.number(range.lowerBound)) to \(ReportText.number(upper))"
    }

    /// The thresholds each rule accepts, in the order the template lists them.
    static let byRule: [(rule: RuleID, keys: [ThresholdKey])] = [
        ("too-many-pixels", [count("max-pixels", "refuse images declaring more pixels", \.maxPixels)]),
        ("too-small", [count("min-side", "minimum displayed width and height, px", \.minimumSide)]),
        ("too-large", [count("max-bytes", "maximum file size, bytes", \.maximumBytes)]),
        (
            "too-dark",
            [
                luma("error", "subject luma below this fails", \.exposure.darkError),
                luma("warning", "subject luma below this warns", \.exposure.darkWarning),
                fraction("shadow-clipping", "fraction of clipped shadows that fails", \.exposure.shadowClippingLimit),
            ]
        ),
        (
            "too-bright",
            [
                luma("error", "subject luma above this fails", \.exposure.brightError),
                luma("warning", "subject luma above this warns", \.exposure.brightWarning),
                fraction(
                    "highlight-clipping", "fraction of clipped highlights that fails",
                    \.exposure.highlightClippingLimit),
            ]
        ),
        (
            "blurry",
            [
                score("error", "sharpness score below this fails", \.sharpness.blurryError),
                score("warning", "sharpness score below this warns", \.sharpness.blurryWarning),
            ]
        ),
        ("low-contrast", [luma("warning", "luma spread below this warns", \.contrast.lowContrastWarning)]),
    ]

    private static func count(
        _ name: String, _ help: String, _ path: WritableKeyPath<PreflightConfiguration, Int> & Sendable
    ) -> ThresholdKey {
        ThresholdKey(
            name: name, range: 1...Double(Int32.max) * 1e4, integer: true, help: help,
            read: { Double($0[keyPath: path]) }, write: { $0[keyPath: path] = Int($1) })
    }

    private static func double(
        _ name: String, _ range: ClosedRange<Double>, _ help: String,
        _ path: WritableKeyPath<PreflightConfiguration, Double> & Sendable
    ) -> ThresholdKey {
        ThresholdKey(
            name: name, range: range, integer: false, help: help, read: { $0[keyPath: path] },
            write: { $0[keyPath: path] = $1 })
    }

    private static func luma(
        _ name: String, _ help: String, _ path: WritableKeyPath<PreflightConfiguration, Double> & Sendable
    ) -> ThresholdKey {
        double(name, 0...255, help + " (0-255)", path)
    }

    private static func fraction(
        _ name: String, _ help: String, _ path: WritableKeyPath<PreflightConfiguration, Double> & Sendable
    ) -> ThresholdKey {
        double(name, 0...1, help + " (0-1)", path)
    }

    private static func score(
        _ name: String, _ help: String, _ path: WritableKeyPath<PreflightConfiguration, Double> & Sendable
    ) -> ThresholdKey {
        double(name, 0...Double.greatestFiniteMagnitude, help, path)
    }
}

/// Number formatting for messages and the template.
enum ReportText {
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
