import Foundation

/// `--format json`: `{"schemaVersion": 1, "files": [PhotoReport...], "summary": CheckSummary}`, one file
/// per line. Keys are stable; optional values are omitted when unknown.
public struct JSONReportFormatter: ReportFormatter {
    /// The version of the JSON schema; bumped only for incompatible changes.
    public static let schemaVersion = 1

    public init() {}

    public func begin() -> String { "{\"schemaVersion\":\(Self.schemaVersion),\"files\":[\n" }

    public func format(_ report: PhotoReport) -> String { Self.encode(report) }

    public func end(summary: CheckSummary) -> String { "\n],\"summary\":\(Self.encode(summary))}\n" }

    /// The separator written between two photos.
    public static let separator = ",\n"

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
