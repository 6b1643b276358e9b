import Foundation
internal import PreflightSupport

/// `--format sarif`: a SARIF 2.1.0 log with one run whose driver lists every rule of `RuleRegistry`, and one
/// result per finding (level `error` or `warning`, the file as an artifact location, the measured value and
/// threshold, and the photo's suitability score with its components' points, in `properties`). Code-scanning services (e.g. GitHub) read it as is. The log is one document,
/// written at the end.
public struct SARIFReportFormatter: ReportWriter {
    /// The tool version written to `tool.driver.version`. Default: this package's version.
    public var toolVersion: String

    private var reports: [PhotoReport] = []

    public init(toolVersion: String? = nil) {
        self.toolVersion = toolVersion ?? ToolIdentity.version
    }

    public func begin() -> String { "" }

    public mutating func write(_ report: PhotoReport) -> String {
        reports.append(report)
        return ""
    }

    public func end() -> String {
        let descriptors = RuleRegistry.descriptors
        let ruleIndex = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
        let results = reports.flatMap { report in
            report.findings.map {
                SARIFLog.Result(finding: $0, report: report, ruleIndex: ruleIndex[$0.rule])
            }
        }
        let driver = SARIFLog.Driver(
            name: ToolIdentity.name, version: toolVersion,
            rules: descriptors.map(SARIFLog.Rule.init))
        let log = SARIFLog(runs: [SARIFLog.Run(tool: SARIFLog.Tool(driver: driver), results: results)])
        guard let data = try? JSONCoding.encoder(pretty: true).encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A path as a SARIF artifact URI: relative paths stay relative (percent-encoded), absolute ones become
    /// `file://` URIs.
    static func uri(for path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]@")
        let path = ReportPath.normalized(path)
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

/// The subset of the SARIF 2.1.0 object model that `SARIFReportFormatter` writes.
struct SARIFLog: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    struct Message: Encodable {
        var text: String
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
        var properties: [String: String]

        struct Configuration: Encodable {
            var level: String
        }

        init(_ descriptor: RuleDescriptor) {
            id = descriptor.id.rawValue
            name = descriptor.id.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined()
            shortDescription = Message(text: descriptor.summary)
            fullDescription = Message(text: "\(descriptor.summary); default \(descriptor.defaultThreshold)")
            defaultConfiguration = Configuration(level: descriptor.severity.sarifLevel)
            properties = ["defaultThreshold": descriptor.defaultThreshold]
        }
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var properties: Measurement?

        init(finding: Finding, report: PhotoReport, ruleIndex: Int?) {
            ruleId = finding.rule.rawValue
            self.ruleIndex = ruleIndex
            level = finding.severity.sarifLevel
            message = Message(text: finding.message)
            let artifact = ArtifactLocation(uri: SARIFReportFormatter.uri(for: report.path))
            locations = [Location(physicalLocation: PhysicalLocation(artifactLocation: artifact))]
            if finding.value != nil || finding.threshold != nil || report.score != nil {
                properties = Measurement(
                    value: finding.value, threshold: finding.threshold, unit: finding.unit, score: report.score,
                    scoreComponents: report.scoreComponents.map(Measurement.points))
            }
        }
    }

    /// A result's properties: the finding's measured value and threshold, and the photo's suitability score
    /// with each component's points (skipped components left out).
    struct Measurement: Encodable {
        var value: Double?
        var threshold: Double?
        var unit: String?
        var score: Double?
        var scoreComponents: [String: Double]?

        static func points(_ components: [ScoredComponent]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: components.filter(\.counted).map { ($0.id, $0.points) })
        }
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }
}

extension Severity {
    fileprivate var sarifLevel: String { self == .error ? "error" : "warning" }
}
