import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// The README's table of checks is generated from the rules' declarations and must be current.
@Suite struct RuleTableTests {
    @Test func readmeRuleTableIsCurrent() throws {
        let readme = try String(
            contentsOf: RepositoryPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let updated = try #require(RuleTable.updating(readme), "README.md lacks the rule-table markers")
        #expect(updated == readme, "README.md's rule table is stale: run scripts/update-readme-rules")
    }

    @Test func staleTablesAreDetected() throws {
        let current = try #require(RuleTable.updating("\(RuleTable.startMarker)\n\(RuleTable.endMarker)\n"))
        let stale = current.replacingOccurrences(of: "error < 35", with: "error < 30")
        #expect(stale != current)
        #expect(RuleTable.updating(stale) == current)
    }

    @Test func tableListsEveryRuleWithItsDefaultAndFlags() {
        let table = RuleTable.markdown()
        for rule in RuleRegistry.descriptors {
            #expect(table.contains("| `\(rule.id)` | \(rule.severity.rawValue) |"))
            #expect(table.contains(rule.defaultThreshold))
            for option in rule.options { #expect(table.contains("`\(option)`")) }
        }
    }
}
