/// `format`: JPEG or PNG by content. Another format is an error naming it (for HEIC/HEIF, WebP and AVIF,
/// which `fix` converts, the message says so); a file whose extension names another format is a warning.
public struct FormatRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "format", summary: "JPEG or PNG by content (extension mismatch: warning)",
        severity: .error, requirement: "JPEG, PNG",
        details:
            "JPEG or PNG by content. Another format is an error that names it (WebP, HEIC/HEIF, AVIF, GIF, BMP, TIFF, JPEG 2000, …); HEIC/HEIF, WebP and AVIF are still analysed and the message says they are convertible with `fix`; 12-bit JPEG is an unsupported variant; an extension that names another format is a warning"
    )

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard facts.readError == nil else { return [] }
        let format = facts.sniffed.format
        if facts.byteCount == 0 {
            return [Finding(rule: id, severity: .error, message: "empty file (0 bytes): not an image")]
        }
        if !format.isAccepted && !facts.sniffed.damagedSignature {
            let what =
                format == .unknown
                ? "not an image: the content matches no known image format"
                : "\(format.displayName) content; HeyGen accepts only JPEG or PNG"
            return [Finding(rule: id, severity: .error, message: what + Self.conversionNote(facts))]
        }
        if let error = facts.decodeError, error.kind == .unsupported {
            return [
                Finding(
                    rule: id, severity: .error, message: "unsupported \(format.displayName) variant: \(error.message)")
            ]
        }
        let ext = Self.fileExtension(facts.fileName)
        if !ext.isEmpty, !format.usualExtensions.contains(ext) {
            return [
                Finding(
                    rule: id, severity: .warning,
                    message: "extension .\(ext) does not match the \(format.displayName) content; rename it")
            ]
        }
        return []
    }

    /// For a format `fix` converts: "convertible: run fix", with the frame it keeps from an animation; for one
    /// that did not decode (damaged, too many pixels), that `fix` cannot convert it either.
    private static func conversionNote(_ facts: PhotoFacts) -> String {
        guard facts.sniffed.format.isConvertible else { return "" }
        if facts.decodeError != nil { return "; fix cannot convert it either: it does not decode" }
        let frames = facts.header?.frameCount ?? 1
        let animation = frames > 1 ? " (\(frames) frames: fix keeps the first)" : ""
        return "; convertible: run fix to make a JPEG" + animation
    }

    static func fileExtension(_ name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }
}
