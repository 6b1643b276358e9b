import Foundation
internal import PreflightSupport

/// Why a `--format json` report could not be read for merging.
public struct ReportMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The report, as named.
    public var path: String
    /// What is wrong with it.
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Merges the `--format json` reports of `check --shard K/N` runs into the reports of one run: every photo
/// once, ordered by path as one run over the same folder orders them (component by component, names
/// compared as a folder walk sorts them). The merged reports can be written in any check format.
public enum CheckReportMerge {
    /// The photos' reports in one `--format json` document (``JSONReportFormatter``).
    ///
    /// - Throws: ``ReportMergeError`` when the text is not such a report or has another schema version.
    public static func reports(inJSON bytes: [UInt8], path: String) throws(ReportMergeError) -> [PhotoReport] {
        let document: Document
        do {
            document = try JSONCoding.decoder().decode(Document.self, from: Data(bytes))
        } catch {
            throw ReportMergeError(path: path, reason: "not a photo-preflight --format json report (\(error))")
        }
        guard document.schemaVersion == JSONReportFormatter.schemaVersion else {
            throw ReportMergeError(
                path: path,
                reason: "schema version \(document.schemaVersion), expected \(JSONReportFormatter.schemaVersion)")
        }
        return document.files
    }

    /// The reports of every shard as one run: ordered by path; a path in several reports is kept once (its
    /// first report), so merging a report twice changes nothing.
    public static func merge(_ shards: [[PhotoReport]]) -> [PhotoReport] {
        var seen = Set<String>()
        let unique = shards.joined().filter { seen.insert($0.path).inserted }
        return unique.sorted { pathOrder($0.path, $1.path) }
    }

    /// Whether `a` comes before `b` in a folder walk: compared folder by folder, names as `sorted()` does.
    static func pathOrder(_ a: String, _ b: String) -> Bool {
        a.split(separator: "/", omittingEmptySubsequences: false).lexicographicallyPrecedes(
            b.split(separator: "/", omittingEmptySubsequences: false))
    }

    private struct Document: Decodable {
        var schemaVersion: Int
        var files: [PhotoReport]
    }
}
