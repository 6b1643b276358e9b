import ArgumentParser
import PhotoPreflight

extension PhotoPreflightCommand {
    /// `photo-preflight rules`: list the rules with their ids and defaults.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the checks, their ids and defaults.")

        func run() {
            for rule in RuleRegistry.descriptors {
                let options = rule.options.isEmpty ? "" : "  [\(rule.options.joined(separator: ", "))]"
                print(
                    "\(rule.id.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.summary); default \(rule.defaultThreshold)\(options)"
                )
            }
        }
    }
}
