internal import PreflightSupport

/// One tunable threshold of a rule, declared once in the rule's file. The config key (`rules.<id>.<key>`),
/// the command-line flag, the `rules` listing, the `init` template and the README table are all derived from
/// it; its default is read from `PreflightConfiguration()` through `keyPath`, never written down twice.
public struct RuleParameter: Sendable {
    /// The key under `rules.<rule-id>` in the config file, e.g. `error`.
    public var key: String
    /// The command-line flag without its dashes, e.g. `dark-error`; `nil` when only the config file sets it.
    public var flag: String?
    /// Allowed values, inclusive.
    public var range: ClosedRange<Double>
    /// Whether only whole numbers are allowed.
    public var isInteger: Bool
    /// The unit of the value, e.g. `px`, `bytes`, `luma`.
    public var unit: String
    /// What the value means, one line, for `--help` and the template.
    public var help: String
    /// How the default reads as a requirement, before the number: e.g. `error <` gives "error < 35".
    public var comparison: String
    private let read: @Sendable (PreflightConfiguration) -> Double
    private let write: @Sendable (inout PreflightConfiguration, Double) -> Void

    /// A parameter stored as a `Double` at `keyPath`.
    public init(
        _ key: String, flag: String? = nil, keyPath: WritableKeyPath<PreflightConfiguration, Double> & Sendable,
        range: ClosedRange<Double>, unit: String, comparison: String, help: String
    ) {
        self.init(
            key: key, flag: flag, isInteger: false, range: range, unit: unit, comparison: comparison,
            help: help, read: { $0[keyPath: keyPath] }, write: { $0[keyPath: keyPath] = $1 })
    }

    /// A parameter stored as an `Int` at `keyPath` (whole numbers only).
    public init(
        _ key: String, flag: String? = nil, keyPath: WritableKeyPath<PreflightConfiguration, Int> & Sendable,
        range: ClosedRange<Double>, unit: String, comparison: String, help: String
    ) {
        self.init(
            key: key, flag: flag, isInteger: true, range: range, unit: unit, comparison: comparison,
            help: help, read: { Double($0[keyPath: keyPath]) }, write: { $0[keyPath: keyPath] = Int($1) })
    }

    private init(
        key: String, flag: String?, isInteger: Bool, range: ClosedRange<Double>, unit: String,
        comparison: String, help: String, read: @escaping @Sendable (PreflightConfiguration) -> Double,
        write: @escaping @Sendable (inout PreflightConfiguration, Double) -> Void
    ) {
        self.key = key
        self.flag = flag
        self.range = range
        self.isInteger = isInteger
        self.unit = unit
        self.comparison = comparison
        self.help = help
        self.read = read
        self.write = write
    }

    /// The value in `configuration`.
    public func value(in configuration: PreflightConfiguration) -> Double { read(configuration) }

    /// Sets the value in `configuration`; the caller has checked it with ``problem(with:)``.
    public func set(_ value: Double, in configuration: inout PreflightConfiguration) { write(&configuration, value) }

    /// The built-in default, read from `PreflightConfiguration()`.
    public var defaultValue: Double { read(PreflightConfiguration()) }

    /// The default as a requirement, e.g. "error < 35 luma".
    public var defaultRequirement: String {
        let shownUnit = unit.isEmpty ? "" : " \(unit)"
        return "\(comparison) \(ParameterText.grouped(defaultValue))\(shownUnit)"
    }

    /// The allowed values in words, e.g. "a number from 0 to 255" or "a whole number ≥ 1".
    public var allowedValues: String {
        "\(isInteger ? "a whole number" : "a number") \(bounds(between: false))"
    }

    /// Why `value` is not allowed ("must be between 0 and 255"), or `nil` when it is.
    public func problem(with value: Double) -> String? {
        if isInteger && value != value.rounded() { return "must be a whole number \(bounds(between: false))" }
        guard value.isFinite, range.contains(value) else {
            if value.isFinite, value > range.upperBound, range.upperBound >= Self.openUpperBound {
                return "must be at most \(Int(range.upperBound))"
            }
            return "must be \(bounds(between: true))"
        }
        return nil
    }

    /// Upper bounds from here on only keep values within what the configuration's integers hold; they are
    /// shown as open ("≥ 1"), not as a number nobody would type.
    static let openUpperBound = 1e15

    private func bounds(between: Bool) -> String {
        let lower = ParameterText.number(range.lowerBound)
        if range.upperBound >= Self.openUpperBound { return "≥ \(lower)" }
        let upper = ParameterText.number(range.upperBound)
        return between ? "between \(lower) and \(upper)" : "from \(lower) to \(upper)"
    }
}

/// The ranges parameters share.
extension ClosedRange<Double> {
    /// Luma, 0-255.
    public static let luma: ClosedRange<Double> = 0...255
    /// A fraction, 0-1.
    public static let fraction: ClosedRange<Double> = 0...1
    /// Any value ≥ 0.
    public static let nonNegative: ClosedRange<Double> = 0...Double.greatestFiniteMagnitude
    /// A count of at least one (pixels, bytes).
    public static let positiveCount: ClosedRange<Double> = 1...RuleParameter.openUpperBound
}

/// Number formatting for parameter values in messages, the template and the rule table.
package enum ParameterText {
    /// Whole values without a decimal point (`35`, `10000000`), others as Swift prints them (`0.9`).
    package static func number(_ value: Double) -> String { NumberText.format(value, decimals: nil) }

    /// Like ``number(_:)`` with thousands separators for large whole values (`10,000,000`), for people.
    package static func grouped(_ value: Double) -> String {
        let plain = number(value)
        guard value == value.rounded(), abs(value) >= 10_000, !plain.contains(".") else { return plain }
        let digits = Array(plain.drop { $0 == "-" })
        var groups: [String] = []
        var end = digits.count
        while end > 0 {
            groups.insert(String(digits[max(0, end - 3)..<end]), at: 0)
            end -= 3
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
