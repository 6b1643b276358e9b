import Foundation

/// Locations of the repository's fixtures and of the shared corpus beside the checkout.
enum TestPaths {
    /// The repository root (three levels above this file).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = repository.appendingPathComponent("Fixtures")

    static func fixture(_ relative: String) -> URL { fixtures.appendingPathComponent(relative) }

    static func fixtureBytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixture(relative)))
    }

    /// `../shared/corpus` beside the checkout, when present (CI has it; a bare clone may not).
    static let corpus: URL? = {
        let candidate = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("MANIFEST.tsv").path)
            ? candidate : nil
    }()

    /// A fresh empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ppf-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Rows of a tab-separated file with a header line, as dictionaries.
func readTSV(_ url: URL) throws -> [[String: String]] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
    guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
        return []
    }
    return lines.dropFirst().map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return Dictionary(
            uniqueKeysWithValues: zip(header, fields + Array(repeating: "", count: max(0, header.count - fields.count)))
        )
    }
}
