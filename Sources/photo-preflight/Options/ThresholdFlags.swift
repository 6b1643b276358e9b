import ArgumentParser
import PhotoPreflight

/// The per-parameter threshold flags (`--dark-error 30`), derived from the rules' declared parameters.
///
/// swift-argument-parser declares options statically, so these flags are not ArgumentParser options: before
/// parsing, ``rewrite(_:)`` turns each of them into the one generic, repeatable `--threshold FLAG=VALUE`
/// option of ``ThresholdOptions``, which validates and applies it. Any parameter can also be set as
/// `--threshold RULE.KEY=VALUE` (the config file's `rules.RULE.KEY`).
enum ThresholdFlags {
    /// The generic option's name.
    static let option = "--threshold"

    /// Every parameter that has a flag, by flag name without dashes.
    static let byFlag: [String: RuleParameter] = Dictionary(
        uniqueKeysWithValues: RuleRegistry.parameters.compactMap { entry in
            entry.parameter.flag.map { ($0, entry.parameter) }
        })

    /// `arguments` with each declared flag (`--dark-error 30`, `--dark-error=30`) before any `--` rewritten
    /// as `--threshold dark-error=30`. A flag without a value becomes `--threshold dark-error=`, which
    /// validation reports as missing its value.
    static func rewrite(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                result += arguments[(index - 1)...]
                break
            }
            guard argument.hasPrefix("--") else {
                result.append(argument)
                continue
            }
            let body = argument.dropFirst(2)
            let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            guard byFlag[name] != nil else {
                result.append(argument)
                continue
            }
            if body.contains("=") {
                result += [option, String(body)]
            } else if index < arguments.endIndex {
                result += [option, "\(name)=\(arguments[index])"]
                index += 1
            } else {
                result += [option, "\(name)="]
            }
        }
        return result
    }

    /// A setting of the generic option resolved to its parameter.
    struct Setting {
        var parameter: RuleParameter
        var value: Double
    }

    /// Parses `FLAG=VALUE` or `RULE.KEY=VALUE`, checking the value against the parameter's declared range.
    static func parse(_ text: String) throws(ThresholdSettingError) -> Setting {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        let raw = parts.count > 1 ? String(parts[1]) : ""
        let shown = name.contains(".") ? "\(option) \(name)" : "--\(name)"
        guard let parameter = parameter(named: name) else {
            let flags = byFlag.keys.sorted().map { "--\($0)" }.joined(separator: ", ")
            throw ThresholdSettingError(
                "unknown threshold '\(name)' for \(option); use RULE.KEY=VALUE (see `photo-preflight rules`) or "
                    + "one of \(flags)")
        }
        guard !raw.isEmpty else { throw ThresholdSettingError("\(shown) needs a value") }
        guard let value = Double(raw) else {
            throw ThresholdSettingError("\(shown) needs \(parameter.allowedValues), got '\(raw)'")
        }
        if let problem = parameter.problem(with: value) {
            throw ThresholdSettingError("\(shown) \(problem), got \(raw)")
        }
        return Setting(parameter: parameter, value: value)
    }

    private static func parameter(named name: String) -> RuleParameter? {
        if let parameter = byFlag[name] { return parameter }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return RuleRegistry.parameters.first { $0.rule.rawValue == parts[0] && $0.parameter.key == parts[1] }?
            .parameter
    }

    /// The help of the generic option: every declared parameter with its flag, help and default.
    static var help: ArgumentHelp {
        let lines = RuleRegistry.parameters.map { rule, parameter in
            let name = parameter.flag.map { "--\($0) <n>" } ?? "\(option) \(rule).\(parameter.key)=<n>"
            let unit = parameter.unit.isEmpty ? "" : " \(parameter.unit)"
            return
                "\(name): \(parameter.help) [\(rule); default \(ParameterText.number(parameter.defaultValue))\(unit)]"
        }
        return ArgumentHelp(
            "Set a threshold as RULE.KEY=VALUE, the config file's rules.RULE.KEY (repeatable).",
            discussion: "Each threshold, with its own flag where it has one:\n" + lines.joined(separator: "\n"),
            valueName: "rule.key=value")
    }
}

/// A bad threshold setting, reported as a usage error naming the flag.
struct ThresholdSettingError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
