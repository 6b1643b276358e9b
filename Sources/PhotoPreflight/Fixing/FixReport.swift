/// How fixing one photo ended.
public enum FixOutcome: String, Sendable, Codable {
    /// A fixed copy was produced and passes the checks (warnings allowed).
    case pass
    /// A fixed copy was produced but still fails a check that fixing cannot address (e.g. too small, too
    /// dark, blurry); the check's findings say why.
    case fail
    /// The photo could not be fixed (corrupt, not JPEG or PNG, does not fit the byte budget); no copy.
    case notFixed = "not-fixed"
    /// Reading the input or writing the output failed; nothing was left behind.
    case ioError = "io-error"
}

/// One step taken to fix a photo.
public struct FixAction: Sendable, Codable, Equatable {
    /// Stable id: `convert`, `first-frame` (an animation's first frame kept: a warning), `orient`, `frame`,
    /// `downscale`, `flatten-alpha`, `colour`, `encode`, `strip-metadata`, `keep-metadata` or `copy`.
    public var kind: String
    /// What was done, for people, e.g. "rotated 90° clockwise (EXIF orientation 6)".
    public var detail: String

    public init(kind: String, detail: String) {
        self.kind = kind
        self.detail = detail
    }
}

/// Size and format of an image file, before or after fixing.
public struct ImageSummary: Sendable, Codable, Equatable {
    /// `jpeg`, `png`, or another detected format.
    public var format: String
    /// Displayed size in pixels (after EXIF orientation).
    public var width: Int?
    public var height: Int?
    /// File size in bytes.
    public var bytes: Int
    /// EXIF orientation 1-8, when the file carries one.
    public var orientation: Int?

    public init(format: String, width: Int?, height: Int?, bytes: Int, orientation: Int?) {
        self.format = format
        self.width = width
        self.height = height
        self.bytes = bytes
        self.orientation = orientation
    }
}

/// What `fix` did to one photo and how the fixed copy checks. Its JSON form is the `fix --format json`
/// schema: keys are stable, optional values are omitted when unknown.
public struct FixReport: Sendable, Codable, Equatable {
    /// The input path as given or found.
    public var path: String
    /// Where the fixed copy goes (or would go, with a dry run); nil when there is none.
    public var output: String?
    /// Whether the fixed copy was written (false for dry runs, failures, and `--in-place` copies that fail).
    public var written: Bool
    /// How it ended.
    public var outcome: FixOutcome
    /// The input.
    public var before: ImageSummary?
    /// The fixed copy.
    public var after: ImageSummary?
    /// The steps taken, in order.
    public var actions: [FixAction]
    /// The JPEG quality used (1-100), when the pixels were encoded as JPEG.
    public var quality: Int?
    /// Kinds of metadata removed: `EXIF`, `GPS`, `XMP`, `IPTC`, `MPF`, `trailing data`, `comment`, `text`,
    /// `time`.
    public var strippedMetadata: [String]
    /// The verdict of re-checking the fixed copy with the same rules as `check`.
    public var verdict: Verdict?
    /// The full re-check of the fixed copy: findings and metrics (brightness and sharpness are reported,
    /// never altered).
    public var check: PhotoReport?
    /// Why the photo could not be fixed or written.
    public var reason: String?
    /// With `fix --frame`: the crop around the face (original upright pixels) or why there is none.
    public var framing: Framing?

    /// A report for `path` with nothing done yet.
    public init(path: String, outcome: FixOutcome, reason: String? = nil) {
        self.path = path
        self.written = false
        self.outcome = outcome
        self.actions = []
        self.strippedMetadata = []
        self.reason = reason
    }
}

/// Counts over the fix reports of a run.
public struct FixSummary: Sendable, Codable, Equatable {
    public var total: Int
    /// Fixed copies that pass.
    public var passed: Int
    /// Fixed copies that still fail a check.
    public var failed: Int
    /// Photos that could not be fixed.
    public var notFixed: Int
    /// Photos whose input or output failed to read or write.
    public var ioErrors: Int

    /// Summarises `reports`.
    public init(_ reports: [FixReport] = []) {
        total = 0
        passed = 0
        failed = 0
        notFixed = 0
        ioErrors = 0
        for report in reports { add(report) }
    }

    /// Counts one more report.
    public mutating func add(_ report: FixReport) {
        total += 1
        switch report.outcome {
        case .pass: passed += 1
        case .fail: failed += 1
        case .notFixed: notFixed += 1
        case .ioError: ioErrors += 1
        }
    }
}
