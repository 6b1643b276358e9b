import ArgumentParser
import PhotoPreflight

extension PhotoPreflightCommand {
    /// `photo-preflight rules`: list the rules with their ids, defaults and parameters.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the checks, their ids and defaults.")

        @Flag(help: "Print the README's Markdown table of the rules instead.")
        var markdown = false

        @Flag(help: "Print the README's Markdown table of the suitability score's components instead.")
        var scoreMarkdown = false

        func run() {
            if markdown || scoreMarkdown {
                print(markdown ? RuleTable.markdown() : ScoreTable.markdown(), terminator: "")
                return
            }
            for rule in RuleRegistry.descriptors {
                let options = rule.options.isEmpty ? "" : "  [\(rule.options.joined(separator: ", "))]"
                let id = rule.id.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                print("\(id) \(severity) \(rule.summary); default \(rule.defaultThreshold)\(options)")
                for parameter in rule.parameters {
                    let flag = parameter.flag.map { ", --\($0)" } ?? ""
                    let value = ParameterText.number(parameter.defaultValue)
                    print(
                        "    rules.\(rule.id).\(parameter.key): \(value) (\(parameter.allowedValues)\(flag)) \(parameter.help)"
                    )
                }
            }
        }
    }
}
