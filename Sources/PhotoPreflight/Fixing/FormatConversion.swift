internal import CImageCodecs

/// What converting a HEIC/HEIF, WebP or AVIF photo to JPEG adds to the pixel path: the `convert` and
/// `first-frame` actions, the colour conversion to sRGB, and the list of metadata left behind.
///
/// Colour: the pixels are converted from the embedded ICC profile (an iPhone's Display P3) to sRGB with
/// lcms2, relative colorimetric with black-point compensation, and the JPEG carries no profile. sRGB is
/// what a viewer assumes for an untagged JPEG, so the colours stay right where the profile would be
/// ignored, as image pipelines that re-encode uploads often do.
enum FormatConversion {
    /// The steps that come first when converting: `convert`, and `first-frame` for an animation.
    static func actions(for header: ImageHeader) -> [FixAction] {
        var actions = [FixAction(kind: "convert", detail: "\(header.format.displayName) converted to JPEG")]
        if header.frameCount > 1 {
            actions.append(
                FixAction(
                    kind: "first-frame",
                    detail: "warning: \(header.frameCount) frames or images; only the first is kept"))
        }
        return actions
    }

    /// Converts RGB `raster` from `profile` to sRGB in place. `converted` is false when lcms2 cannot use the
    /// profile; the caller then embeds it instead.
    static func toSRGB(_ raster: inout Raster, profile: [UInt8]) -> (converted: Bool, action: FixAction) {
        var message = [CChar](repeating: 0, count: Int(PPF_MESSAGE_CAPACITY))
        let (width, height) = (UInt32(clamping: raster.width), UInt32(clamping: raster.height))
        let status = raster.pixels.withUnsafeMutableBufferPointer { pixels in
            profile.withUnsafeBufferPointer { icc in
                ppf_convert_rgb_to_srgb(pixels.baseAddress, width, height, icc.baseAddress, icc.count, &message)
            }
        }
        guard status == Int32(PPF_OK.rawValue) else {
            let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return (false, FixAction(kind: "colour", detail: "ICC profile embedded as it is: \(reason)"))
        }
        return (true, FixAction(kind: "colour", detail: "converted from the embedded ICC profile to sRGB (lcms2)"))
    }

    /// The kinds of metadata the converted file carried: `EXIF` (and `GPS` inside it), `XMP`.
    static func metadataKinds(exif: [UInt8]?, header: ImageHeader) -> [String] {
        var kinds = RemovedKinds()
        if let exif { kinds.exif(exif) }
        if header.hasMetadata && exif == nil { kinds.add("XMP") }
        return kinds.list
    }
}
