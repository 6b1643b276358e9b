import Foundation

/// Rows of a tab-separated file with a header line, as dictionaries keyed by the header's names; missing
/// trailing fields read as empty strings.
public func readTSV(_ url: URL) throws -> [[String: String]] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
    guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
        return []
    }
    return lines.dropFirst().map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let padded = fields + Array(repeating: "", count: max(0, header.count - fields.count))
        return Dictionary(zip(header, padded), uniquingKeysWith: { first, _ in first })
    }
}
