import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// The README's score table is generated from the formula's one declaration.
@Suite struct ScoreTableTests {
    @Test func readmeScoreTableMatchesTheFormula() throws {
        let readme = try String(
            contentsOf: RepositoryPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let updated = try #require(ScoreTable.updating(readme), "README.md lacks the score-table markers")
        #expect(updated == readme, "README.md's score table is stale: run scripts/update-readme-rules")
    }

    @Test func everyComponentHasARow() {
        let table = ScoreTable.markdown()
        for component in SuitabilityFormula.components { #expect(table.contains("| `\(component.id)` |")) }
    }
}
