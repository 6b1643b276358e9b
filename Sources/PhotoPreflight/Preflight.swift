import Foundation

/// Checks photos against HeyGen's photo-avatar requirements.
///
/// ```swift
/// let preflight = Preflight()
/// let report = preflight.check(fileAt: URL(fileURLWithPath: "me.jpg"))
/// if report.verdict == .fail { print(report.findings.map(\.message)) }
/// ```
///
/// Each call decodes one photo (at reduced resolution for JPEG) and releases its pixels before
/// returning, so checking many photos in parallel holds only one image per call in memory.
public struct Preflight: Sendable {
    /// Thresholds and switched-off rules.
    public var configuration: PreflightConfiguration
    /// The rules that run, in reporting order.
    public var rules: [any PhotoRule]

    /// Creates a preflight with the built-in rules.
    public init(configuration: PreflightConfiguration = PreflightConfiguration()) {
        self.configuration = configuration
        self.rules = RuleRegistry.all
    }

    /// Checks the file at `url`. Never throws: unreadable files produce an `unreadable` finding.
    public func check(fileAt url: URL, displayPath: String? = nil) -> PhotoReport {
        analyze(fileAt: url, displayPath: displayPath).report
    }

    /// Checks in-memory bytes. `name` supplies the extension for the mismatch warning.
    public func check(bytes: [UInt8], name: String = "") -> PhotoReport {
        bytes.withUnsafeBytes { analyze(bytes: $0, name: name, path: name).report }
    }

    /// The limits reads and decodes go through: the configured pixel limit and the standard byte limit.
    public var limits: ImageLimits { ImageLimits(maxPixels: configuration.maxPixels) }

    /// Checks the file and also returns the upright working image and the measurement details.
    public func analyze(fileAt url: URL, displayPath: String? = nil) -> PhotoAnalysis {
        analyzeFile(at: url, displayPath: displayPath).analysis
    }

    /// Reads the file once with ``PhotoFileReader`` and checks it; also returns the bytes read (nil when
    /// the file could not be read), so that a caller can reuse them instead of reading the file again.
    func analyzeFile(at url: URL, displayPath: String?) -> (analysis: PhotoAnalysis, bytes: [UInt8]?) {
        let path = displayPath ?? url.path
        let name = url.lastPathComponent
        let bytes: [UInt8]
        switch Result(catching: { () throws(FileReadError) in try PhotoFileReader.read(url, maxBytes: limits.maxBytes) }
        ) {
        case .success(let contents): bytes = contents
        case .failure(.tooLarge(let size, _)):
            return (unreadable(path: path, name: name, reason: nil, bytes: size), nil)
        case .failure(let error): return (unreadable(path: path, name: name, reason: error.description), nil)
        }
        return (bytes.withUnsafeBytes { analyze(bytes: $0, name: name, path: path) }, bytes)
    }

    /// Checks in-memory bytes and also returns the working image and measurement details.
    public func analyze(bytes: UnsafeRawBufferPointer, name: String, path: String) -> PhotoAnalysis {
        let sniffed = FormatSniffer.sniff(bytes.bindMemory(to: UInt8.self))
        var facts = PhotoFacts(fileName: name, byteCount: bytes.count, sniffed: sniffed)
        var working: Raster?
        var detail: MetricsDetail?
        if sniffed.format.isDecodable && !sniffed.damagedSignature {
            // The face check needs the face at no less than half its original size: decode at most at 1/2.
            let faceCheck = configuration.faceDetector.map {
                FaceCheck(
                    detector: $0, thresholds: configuration.faceThresholds, landmarks: configuration.landmarkLocator)
            }
            let request = DecodeRequest(
                maxPixels: limits.maxPixels, minimumShortSide: PhotoMetrics.workingShortSide,
                maximumScaleDenominator: faceCheck == nil ? 8 : 2, layout: .gray, fastIDCT: true)
            do {
                let decoded = try ImageDecoder.decode(bytes, request: request)
                facts.header = decoded.header
                let upright = decoded.raster.applying(decoded.header.orientation ?? .up)
                var (metrics, details) = MetricsAnalyzer.measure(uprightGray: upright)
                if let faceCheck {
                    let size = decoded.header.displayedSize
                    let outcome = faceCheck.run(
                        upright: upright, originalWidth: size.width, originalHeight: size.height)
                    metrics.record(face: outcome.face)
                    facts.faces = outcome.faces
                }
                facts.metrics = metrics
                working = upright
                detail = details
            } catch {
                facts.decodeError = error
                facts.header = error.header
            }
        }
        let report = makeReport(facts: facts, path: path)
        return PhotoAnalysis(report: report, facts: facts, uprightGray: working, detail: detail)
    }

    private func makeReport(facts: PhotoFacts, path: String) -> PhotoReport {
        let findings = rules.filter { configuration.isEnabled($0.id) }
            .flatMap { $0.evaluate(facts, configuration: configuration) }
            .sorted { $0.severity > $1.severity }
        let faces = facts.faces?.counted(minimumScore: configuration.faceThresholds.minimumScore)
        let format = facts.readError == nil ? facts.sniffed.format.rawValue : nil
        return PhotoReport(
            path: path, format: format, header: facts.header, bytes: facts.byteCount, metrics: facts.metrics,
            faces: faces?.map(FaceReport.init), findings: findings,
            score: SuitabilityScore(inputs: ScoreInputs(facts: facts, configuration: configuration), findings: findings)
        )
    }

    private func unreadable(path: String, name: String, reason: String?, bytes: Int = 0) -> PhotoAnalysis {
        var facts = PhotoFacts(
            fileName: name, byteCount: bytes, sniffed: SniffedFormat(format: .unknown, damagedSignature: false))
        facts.readError = reason
        if reason == nil {
            // Too large to read: report the size only.
            facts.sniffed = SniffedFormat(format: .unknown, damagedSignature: false)
        }
        return PhotoAnalysis(report: makeReport(facts: facts, path: path), facts: facts, uprightGray: nil, detail: nil)
    }
}

/// A report together with what was measured to make it.
public struct PhotoAnalysis: Sendable {
    /// The report.
    public var report: PhotoReport
    /// The facts the rules saw.
    public var facts: PhotoFacts
    /// The upright gray working image (short side ≥ 512 where the photo allows), if it decoded.
    public var uprightGray: Raster?
    /// Histogram and sharpness tiles, if it decoded.
    public var detail: MetricsDetail?
}
