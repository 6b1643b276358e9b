/// The overall result for one photo.
public enum Verdict: String, Sendable, Codable, Comparable {
    /// No findings, or only ones from switched-off rules.
    case pass
    /// Only warnings.
    case warn
    /// At least one error.
    case fail

    private var rank: Int {
        switch self {
        case .pass: 0
        case .warn: 1
        case .fail: 2
        }
    }

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }

    /// The verdict that a list of findings amounts to.
    public init(findings: [Finding]) {
        if findings.contains(where: { $0.severity == .error }) {
            self = .fail
        } else if findings.isEmpty {
            self = .pass
        } else {
            self = .warn
        }
    }
}

/// The result of checking one photo. Its JSON form is the documented `--format json` schema.
public struct PhotoReport: Sendable, Codable, Equatable {
    /// The path as given or found.
    public var path: String
    /// pass, warn or fail.
    public var verdict: Verdict
    /// Format detected from the content (`jpeg`, `png`, `webp`, ..., `unknown`); nil if unreadable.
    public var format: String?
    /// Size as stored in the header, in pixels.
    public var width: Int?
    public var height: Int?
    /// Size as displayed, after EXIF orientation.
    public var displayWidth: Int?
    public var displayHeight: Int?
    /// EXIF orientation 1-8, when present.
    public var orientation: Int?
    /// File size in bytes.
    public var bytes: Int
    /// Measurements, when the pixels decoded.
    public var metrics: PhotoMetrics?
    /// Faces found by the face check (boxes in original upright pixels, largest first); nil when it did not run.
    public var faces: [FaceReport]?
    /// Problems found, errors first.
    public var findings: [Finding]
    /// Suitability as a photo avatar, 0–100 to one decimal (``SuitabilityScore``); nil for reports made without one.
    public var score: Double?
    /// The score's components: measured value, quality, weight and points each.
    public var scoreComponents: [ScoredComponent]?
    /// What the findings took off the score.
    public var scoreAdjustments: [ScoreAdjustment]?

    /// Creates a report; the verdict follows from the findings.
    public init(
        path: String, format: String?, header: ImageHeader?, bytes: Int, metrics: PhotoMetrics?,
        faces: [FaceReport]? = nil, findings: [Finding], score: SuitabilityScore? = nil
    ) {
        self.score = score?.score
        self.scoreComponents = score?.components
        self.scoreAdjustments = score?.adjustments
        self.faces = faces
        self.path = path
        self.verdict = Verdict(findings: findings)
        self.format = format
        self.width = header?.width
        self.height = header?.height
        self.displayWidth = header?.displayedSize.width
        self.displayHeight = header?.displayedSize.height
        self.orientation = header?.orientation?.rawValue
        self.bytes = bytes
        self.metrics = metrics
        self.findings = findings
    }

    /// Whether any finding comes from `rule`.
    public func has(_ rule: RuleID) -> Bool { findings.contains { $0.rule == rule } }
}

/// Counts over a set of reports.
public struct CheckSummary: Sendable, Codable, Equatable {
    public var total: Int
    public var passed: Int
    public var warned: Int
    public var failed: Int

    /// Summarises `reports`.
    public init(_ reports: [PhotoReport] = []) {
        total = 0
        passed = 0
        warned = 0
        failed = 0
        for report in reports { add(report) }
    }

    /// Counts one more report.
    public mutating func add(_ report: PhotoReport) {
        total += 1
        switch report.verdict {
        case .pass: passed += 1
        case .warn: warned += 1
        case .fail: failed += 1
        }
    }

    /// Whether the batch fails: a photo fails, or warns when `strict`.
    public func fails(strict: Bool) -> Bool { failed > 0 || (strict && warned > 0) }
}

extension PhotoReport {
    /// How the photo's stored orientation is named for people ("EXIF orientation 6"; an AVIF's `irot`/`imir`
    /// boxes, which the report carries as the equivalent EXIF value, are named as such); `nil` when upright.
    public var orientationLabel: String? {
        guard let orientation, orientation != 1 else { return nil }
        return format == ImageFormat.avif.rawValue
            ? "AVIF irot/imir as orientation \(orientation)" : "EXIF orientation \(orientation)"
    }
}
