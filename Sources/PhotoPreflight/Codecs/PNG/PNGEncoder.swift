internal import CImageCodecs

/// Encodes PNG through libpng: 8-bit, non-interlaced, adaptive filtering.
enum PNGEncoder {
    /// Encodes a gray or RGB raster, embedding an ICC profile as `iCCP` and an EXIF TIFF block as `eXIf`.
    static func encode(_ raster: Raster, iccProfile: [UInt8]?, exif: [UInt8]?) throws(EncodeError) -> [UInt8] {
        try CodecBridge.encode(raster, iccProfile: iccProfile, exif: exif) { image, metadata, result in
            ppf_png_encode(image, metadata, result)
        }
    }
}
