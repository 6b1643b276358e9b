internal import CImageCodecs

extension ImageHeader {
    /// The header of a HEIF, WebP or AVIF file as its C decoder reported it: the size, alpha, frames and the
    /// metadata flags it noted, with `orientation` as the format defines it.
    init(
        converting format: ImageFormat, result: ppf_decode_result, orientation: Orientation?, colorDescription: String
    ) {
        self.init(
            format: format, width: Int(result.width), height: Int(result.height), components: Int(result.components),
            bitDepth: Int(result.bit_depth), isInterlaced: false, isArithmeticCoded: false,
            hasAlpha: result.has_alpha != 0, colorDescription: colorDescription, orientation: orientation,
            hasICCProfile: result.has_icc != 0, hasMetadata: result.has_exif != 0 || result.has_xmp != 0,
            frameCount: max(1, Int(result.frame_count)))
    }
}
