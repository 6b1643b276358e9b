/// A rule with an error and a warning threshold on one measure: a photo must meet the warning threshold
/// before it can fail, so the error threshold may not lie beyond the warning threshold. Checked on the
/// configuration in force, whether its values came from flags, the config file or the defaults.
public struct ThresholdOrder: Sendable {
    /// The rule whose `error` and `warning` parameters are ordered.
    public var rule: RuleID
    /// Whether bad values lie below the thresholds (too dark, blurry) rather than above (too bright).
    public var badBelow: Bool
    /// The parameter keys of the pair: `error` and `warning` (whole frame) or `face-error` and `face-warning`.
    public var keys: (error: String, warning: String) = ("error", "warning")

    /// Every ordered pair of thresholds: each rule's whole-frame pair and its face pair.
    public static let all: [ThresholdOrder] = [("too-dark", true), ("too-bright", false), ("blurry", true)]
        .flatMap { (rule: RuleID, badBelow: Bool) in
            [
                ThresholdOrder(rule: rule, badBelow: badBelow),
                ThresholdOrder(rule: rule, badBelow: badBelow, keys: ("face-error", "face-warning")),
            ]
        }

    /// Why `configuration` breaks this order, or `nil` when it does not.
    public func problem(in configuration: PreflightConfiguration) -> String? {
        let parameters = RuleRegistry.parameters.filter { $0.rule == rule }.map(\.parameter)
        guard let error = parameters.first(where: { $0.key == keys.error }),
            let warning = parameters.first(where: { $0.key == keys.warning })
        else { return nil }
        let errorValue = error.value(in: configuration)
        let warningValue = warning.value(in: configuration)
        guard badBelow ? errorValue > warningValue : errorValue < warningValue else { return nil }
        let relation = badBelow ? "above" : "below"
        return "\(name(error)) (\(ParameterText.number(errorValue))) is \(relation) \(name(warning)) "
            + "(\(ParameterText.number(warningValue))): an error threshold may not be \(relation) its warning threshold"
    }

    private func name(_ parameter: RuleParameter) -> String {
        let key = "rules.\(rule).\(parameter.key)"
        return parameter.flag.map { "--\($0) / \(key)" } ?? key
    }
}

extension PreflightConfiguration {
    /// The threshold pairs of ``ThresholdOrder/all`` this configuration breaks, one sentence each.
    public var thresholdOrderProblems: [String] { ThresholdOrder.all.compactMap { $0.problem(in: self) } }
}
