import PhotoPreflight

/// The whole in-memory `fix` of one photo, under a small pixel limit so that each input stays fast.
enum FixFuzzing {
    private static let fixer: PhotoFixer = {
        var configuration = PreflightConfiguration()
        configuration.maxPixels = DecoderFuzzing.maxPixels
        var options = FixOptions()
        options.maxSide = 256
        return PhotoFixer(options: options, preflight: Preflight(configuration: configuration))
    }()

    /// Fixes `bytes`; a fixed copy must be a file the decoder reads back at the size the report states.
    static func run(_ bytes: [UInt8]) {
        let fixed = fixer.fix(bytes: bytes, name: "fuzz.jpg")
        guard let output = fixed.bytes else { return }
        precondition(fixed.format != nil, "fixed bytes without a format")
        let header = output.withUnsafeBytes { raw in try? ImageDecoder.readHeader(raw) }
        guard let header else { preconditionFailure("the fixed copy does not decode") }
        if let after = fixed.report.after, let width = after.width, let height = after.height {
            precondition(
                header.displayedSize.width == width && header.displayedSize.height == height,
                "report says \(width)x\(height), file is \(header.displayedSize)")
        }
    }
}
