import Foundation
import PhotoPreflight
import Yams

/// Reads `.photo-preflight.yml` text into a `ConfigFile`, rejecting unknown keys and bad values with the
/// file, line and the allowed values.
public struct ConfigParser: Sendable {
    /// Values `format` may take (the CLI's output formats).
    public var formats: [String]

    public init(formats: [String]) {
        self.formats = formats
    }

    static let topLevelKeys = ["format", "strict", "include", "exclude", "disable", "rules"]

    /// Reads and parses the file at `url`.
    public func load(_ url: URL) throws(ConfigError) -> ConfigFile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigError(file: url.path, message: "cannot read the config file (\(error.localizedDescription))")
        }
        return try parse(text, file: url)
    }

    /// Parses YAML `text`; `file` names it in errors and anchors the globs.
    public func parse(_ text: String, file: URL) throws(ConfigError) -> ConfigFile {
        let context = Context(file: file.path)
        var config = ConfigFile()
        config.source = file
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw context.syntaxError(error)
        } catch {
            throw context.error(nil, "not valid YAML: \(error)")
        }
        guard let root else { return config }
        guard case .mapping(let mapping) = root else {
            throw context.error(root, "the config must be a mapping of keys; allowed keys: \(Self.topLevelKeys.list)")
        }
        for (keyNode, value) in mapping {
            let key = try context.key(keyNode, allowed: Self.topLevelKeys, in: "the top level")
            switch key {
            case "format":
                config.format = try context.choice(value, allowed: formats, what: "format")
            case "strict":
                config.strict = try context.bool(value, what: "strict")
            case "include":
                config.include = try context.strings(value, what: "include").map(GlobPattern.init)
            case "exclude":
                config.exclude = try context.strings(value, what: "exclude").map(GlobPattern.init)
            case "disable":
                let known = RuleRegistry.descriptors.map(\.id.rawValue)
                for node in try context.sequence(value, what: "disable") {
                    let rule = try context.choice(node, allowed: known, what: "a rule id in disable")
                    config.configuration.disabledRules.insert(RuleID(rawValue: rule))
                }
            default:
                try applyRules(value, to: &config.configuration, context: context)
            }
        }
        return config
    }

    private func applyRules(
        _ node: Node, to configuration: inout PreflightConfiguration, context: Context
    ) throws(ConfigError) {
        let tunable = RuleRegistry.descriptors.filter { !$0.parameters.isEmpty }
        let tunableIDs = tunable.map(\.id.rawValue)
        guard case .mapping(let rules) = node else {
            throw context.error(
                node, "rules must map rule ids to thresholds; rules with thresholds: \(tunableIDs.list)")
        }
        for (ruleNode, settings) in rules {
            let rule = try context.key(ruleNode, allowed: tunableIDs, in: "rules")
            let parameters = tunable.first { $0.id.rawValue == rule }?.parameters ?? []
            let keys = parameters.map(\.key)
            guard case .mapping(let values) = settings else {
                throw context.error(settings, "rules.\(rule) must be a mapping; allowed keys: \(keys.list)")
            }
            for (keyNode, valueNode) in values {
                let name = try context.key(keyNode, allowed: keys, in: "rules.\(rule)")
                guard let parameter = parameters.first(where: { $0.key == name }) else { continue }
                let value = try context.number(valueNode, parameter: parameter, what: "rules.\(rule).\(name)")
                parameter.set(value, in: &configuration)
            }
        }
    }
}

/// Error reporting and typed reads of nodes, with their marks.
private struct Context {
    var file: String

    func error(_ node: Node?, _ message: String) -> ConfigError {
        ConfigError(file: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
    }

    func syntaxError(_ error: YamlError) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ConfigError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
        default:
            return ConfigError(file: file, message: "YAML syntax: \(error)")
        }
    }

    func key(_ node: Node, allowed: [String], in place: String) throws(ConfigError) -> String {
        guard let key = node.scalar?.string, allowed.contains(key) else {
            let shown = node.scalar?.string ?? "a non-scalar key"
            throw error(node, "unknown key '\(shown)' in \(place); allowed: \(allowed.list)")
        }
        return key
    }

    func choice(_ node: Node, allowed: [String], what: String) throws(ConfigError) -> String {
        guard let value = node.scalar?.string, allowed.contains(value) else {
            throw error(node, "bad value \(node.shown) for \(what); allowed: \(allowed.list)")
        }
        return value
    }

    func bool(_ node: Node, what: String) throws(ConfigError) -> Bool {
        guard let value = node.bool else {
            throw error(node, "bad value \(node.shown) for \(what); allowed: true, false")
        }
        return value
    }

    func sequence(_ node: Node, what: String) throws(ConfigError) -> [Node] {
        if case .sequence(let items) = node { return Array(items) }
        if node.scalar != nil { return [node] }
        throw error(node, "\(what) must be a list")
    }

    func strings(_ node: Node, what: String) throws(ConfigError) -> [String] {
        var result: [String] = []
        for item in try sequence(node, what: what) {
            guard let text = item.scalar?.string, !text.isEmpty else {
                throw error(item, "bad value \(item.shown) in \(what); allowed: glob patterns such as '**/*.jpg'")
            }
            result.append(text)
        }
        return result
    }

    func number(_ node: Node, parameter: RuleParameter, what: String) throws(ConfigError) -> Double {
        let value = parameter.isInteger ? node.int.map(Double.init) : node.float
        guard let value, parameter.problem(with: value) == nil else {
            throw error(node, "bad value \(node.shown) for \(what); allowed: \(parameter.allowedValues)")
        }
        return value
    }
}

extension Node {
    /// The node as quoted in messages.
    fileprivate var shown: String {
        if let text = scalar?.string { return "'\(text)'" }
        if case .sequence = self { return "a list" }
        return "a mapping"
    }
}

extension [String] {
    fileprivate var list: String { joined(separator: ", ") }
}
