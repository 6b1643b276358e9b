/// What `fix` may change, and the targets it aims for.
public struct FixOptions: Sendable, Equatable {
    /// The longer displayed side is reduced to at most this many pixels; never enlarged. Default 4096.
    public var maxSide = 4096
    /// Outputs must be at most this many bytes. Default 10,000,000 (the `too-large` check's limit).
    public var maxBytes = 10_000_000
    /// The highest JPEG quality tried (1-100). Default 92.
    public var qualityCeiling = 92
    /// The lowest JPEG quality accepted (1-100, ≤ the ceiling); below it a photo cannot be fixed. Default 70.
    public var qualityFloor = 70
    /// Transparent PNG pixels are composited onto this colour, 0xRRGGBB. Default white.
    public var background: UInt32 = 0xFFFFFF
    /// Keep EXIF (with the orientation reset to 1); otherwise EXIF, GPS, XMP, comments and text chunks are
    /// all stripped. The ICC profile is always kept. Default false.
    public var keepsMetadata = false
    /// Crop to a 3:4 portrait frame around the main face (``FaceFraming``), after the orientation and
    /// before the downscale. Needs the face check (a detector in the configuration). Default false.
    public var framesFace = false

    /// The defaults.
    public init() {}

    /// Why these options cannot be used, or nil when they are valid.
    public var problem: String? {
        if maxSide < 1 { return "the maximum side must be at least 1 pixel, got \(maxSide)" }
        if maxBytes < 1 { return "the maximum size must be at least 1 byte, got \(maxBytes)" }
        if !(1...100).contains(qualityFloor) || !(1...100).contains(qualityCeiling) {
            return "JPEG qualities must be between 1 and 100, got \(qualityFloor)-\(qualityCeiling)"
        }
        if qualityFloor > qualityCeiling {
            return "the quality floor \(qualityFloor) is above the ceiling \(qualityCeiling)"
        }
        if background > 0xFFFFFF { return "the background must be a 24-bit RGB colour" }
        return nil
    }

    /// Why these options cannot be used with the checks in `configuration` (a largest side below the
    /// smallest side the `too-small` rule accepts makes every downscaled copy fail), or nil.
    public func problem(with configuration: PreflightConfiguration) -> String? {
        if let problem { return problem }
        guard maxSide < configuration.minimumSide else { return nil }
        let minSide = TooSmallRule.minSide.flag.map { "--\($0) / " } ?? ""
        return "--max-side (\(maxSide)) is below \(minSide)rules.too-small.\(TooSmallRule.minSide.key) "
            + "(\(configuration.minimumSide)): every downscaled copy would be too small"
    }
}
