/// Fixes what a machine can fix in a photo, in memory: EXIF orientation, size in pixels, size in bytes,
/// metadata, and the format: HEIC/HEIF, WebP and AVIF are converted to JPEG. Brightness and sharpness are
/// reported by the re-check, never altered.
///
/// ```swift
/// let fixer = PhotoFixer(options: FixOptions(), preflight: Preflight())
/// let fixed = fixer.fix(bytes: original, name: "me.jpg")
/// if fixed.report.outcome == .pass, let bytes = fixed.bytes { /* write bytes */ }
/// ```
///
/// Photos that are already upright, small enough and within the byte budget keep their compressed pixels:
/// only metadata segments are removed. Others are decoded, oriented, downscaled and re-encoded.
public struct PhotoFixer: Sendable {
    /// What may be changed and the targets.
    public var options: FixOptions
    /// The checks the fixed copy must pass.
    public var preflight: Preflight

    /// Rules whose failure on the fixed copy means there is no usable copy at all.
    private static let unusable: Set<RuleID> = ["format", "corrupt", "too-many-pixels", "unreadable"]

    /// Creates a fixer. `options.maxBytes` should normally equal `preflight.configuration.maximumBytes`.
    public init(options: FixOptions = FixOptions(), preflight: Preflight = Preflight()) {
        self.options = options
        self.preflight = preflight
    }

    /// A fixed photo: its bytes and format (nil when it could not be fixed) and the report.
    public struct Fixed: Sendable {
        /// The fixed file's bytes.
        public var bytes: [UInt8]?
        /// Its format.
        public var format: ImageFormat?
        /// What was done and how the copy checks; `path` is `name`, `output` is nil.
        public var report: FixReport
    }

    /// Fixes the photo in `bytes`. `name` is used for the report and the extension check. Never throws:
    /// photos that cannot be fixed get the `notFixed` outcome and a reason.
    public func fix(bytes: [UInt8], name: String) -> Fixed {
        let sniffed = FormatSniffer.sniff(bytes)
        var report = FixReport(path: name, outcome: .notFixed)
        report.before = ImageSummary(
            format: sniffed.format.rawValue, width: nil, height: nil, bytes: bytes.count, orientation: nil)
        guard sniffed.format.isDecodable, !sniffed.damagedSignature else {
            let what = sniffed.damagedSignature ? "a PNG with a damaged signature" : sniffed.format.displayName
            report.reason = "cannot fix \(what): only JPEG and PNG are fixed, and HEIC/HEIF, WebP and AVIF converted"
            return Fixed(bytes: nil, format: nil, report: report)
        }
        let read = bytes.withUnsafeBytes { raw in
            Result { () throws(DecodeError) in
                try ImageDecoder.readHeader(raw, maxPixels: preflight.limits.maxPixels)
            }
        }
        guard case .success(let header) = read else {
            if case .failure(let error) = read { report.reason = "cannot fix: \(error.message)" }
            return Fixed(bytes: nil, format: nil, report: report)
        }
        let displayed = header.displayedSize
        report.before = ImageSummary(
            format: header.format.rawValue, width: displayed.width, height: displayed.height, bytes: bytes.count,
            orientation: header.orientation?.rawValue)

        let exif: [UInt8]? =
            switch header.format {
            case .jpeg: JPEGMetadata(bytes: bytes).exif
            case .png: PNGMetadata(bytes: bytes).exif
            default: nil  // a converted format's EXIF comes with its pixels
            }
        let metadata = MetadataStripper.strip(bytes, format: header.format, keepingEXIF: options.keepsMetadata)
        report.framing = framing(of: bytes)
        let output: PixelPipeline.Output
        switch produce(bytes, header: header, stripped: metadata, exif: exif, framing: report.framing) {
        case .success(let produced): output = produced
        case .failure(let failure):
            report.reason = failure.reason
            return Fixed(bytes: nil, format: nil, report: report)
        }
        let hadEXIF = exif != nil || output.convertedEXIF
        report.strippedMetadata = removedMetadata(
            metadata?.removed ?? output.convertedMetadata, output: output, hadEXIF: hadEXIF)
        report.actions = output.actions + metadataActions(removed: report.strippedMetadata, hadEXIF: hadEXIF)
        report.quality = output.quality
        return recheck(output, name: name, report: report)
    }

    /// The metadata-stripped original when the pixels need no change, else a re-encoded copy.
    private func produce(
        _ bytes: [UInt8], header: ImageHeader, stripped: MetadataStripper.Stripped?, exif: [UInt8]?,
        framing: Framing?
    )
        -> Result<PixelPipeline.Output, PixelPipeline.Failure>
    {
        let displayed = header.displayedSize
        let needsPixels =
            !header.format.isAccepted || (header.orientation ?? .up) != .up
            || max(displayed.width, displayed.height) > options.maxSide || framing?.crop != nil
        if !needsPixels, let stripped, stripped.bytes.count <= options.maxBytes {
            let copy = FixAction(kind: "copy", detail: "compressed pixels kept as they are")
            return .success(
                PixelPipeline.Output(bytes: stripped.bytes, format: header.format, quality: nil, actions: [copy]))
        }
        let pipeline = PixelPipeline(options: options, maxPixels: preflight.limits.maxPixels)
        return Result { () throws(PixelPipeline.Failure) in
            try pipeline.run(bytes, header: header, exif: exif, framing: framing)
        }
    }

    /// What the copy lacks compared with the original. A re-encoded copy carries only what the pixel path
    /// passed on: EXIF with `--keep-metadata`, and an ICC profile matching its colours.
    private func removedMetadata(_ removed: [String], output: PixelPipeline.Output, hadEXIF: Bool) -> [String] {
        guard output.actions.contains(where: { $0.kind == "encode" }) else { return removed }
        var removed = removed
        if options.keepsMetadata && hadEXIF { removed.removeAll { $0 == "EXIF" || $0 == "GPS" } }
        if output.droppedICCProfile { removed.append("ICC profile (other colour space)") }
        return removed
    }

    private func metadataActions(removed: [String], hadEXIF: Bool) -> [FixAction] {
        var actions: [FixAction] = []
        if !removed.isEmpty {
            actions.append(FixAction(kind: "strip-metadata", detail: "removed " + removed.joined(separator: ", ")))
        }
        if options.keepsMetadata && hadEXIF && !removed.contains("EXIF") {
            actions.append(FixAction(kind: "keep-metadata", detail: "EXIF kept, orientation set to 1"))
        }
        return actions
    }

    /// Checks the fixed copy with the same rules as `check` and completes the report.
    private func recheck(_ output: PixelPipeline.Output, name: String, report: FixReport) -> Fixed {
        var report = report
        let check = preflight.check(bytes: output.bytes, name: FixedFileName.name(for: name, format: output.format))
        if let unusable = check.findings.first(where: { Self.unusable.contains($0.rule) }) {
            report.outcome = .notFixed
            report.reason = "cannot fix: \(unusable.message)"
            return Fixed(bytes: nil, format: nil, report: report)
        }
        report.check = check
        report.verdict = check.verdict
        report.outcome = check.verdict == .fail ? .fail : .pass
        if report.outcome == .fail {
            report.reason = check.findings.filter { $0.severity == .error }.map(\.message).joined(separator: "; ")
        }
        report.after = ImageSummary(
            format: output.format.rawValue, width: check.displayWidth, height: check.displayHeight,
            bytes: output.bytes.count, orientation: check.orientation)
        return Fixed(bytes: output.bytes, format: output.format, report: report)
    }
}
