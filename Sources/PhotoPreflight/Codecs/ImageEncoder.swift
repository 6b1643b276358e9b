internal import CImageCodecs

/// Encodes rasters as JPEG or PNG in memory through libjpeg-turbo and libpng.
///
/// ```swift
/// let thumbnail = try ImageEncoder.jpeg(raster, quality: 80)
/// ```
public enum ImageEncoder {
    /// Encodes a gray (1-channel) or RGB (3-channel) raster as a baseline JPEG with optimized Huffman tables
    /// and 4:2:0 chroma subsampling.
    ///
    /// - Parameters:
    ///   - quality: libjpeg quality, 1-100 (clamped); 92 is visually transparent for photos.
    ///   - iccProfile: an ICC profile to embed as APP2 `ICC_PROFILE` chunks; nil embeds none.
    public static func jpeg(_ raster: Raster, quality: Int, iccProfile: [UInt8]? = nil) throws -> [UInt8] {
        try jpeg(raster, quality: quality, iccProfile: iccProfile, exif: nil)
    }

    /// Encodes a JPEG as ``jpeg(_:quality:iccProfile:)`` does, also embedding an EXIF TIFF block (starting
    /// `II*\0` or `MM\0*`, at most 65,527 bytes) as an APP1 `Exif` segment.
    public static func jpeg(
        _ raster: Raster, quality: Int, iccProfile: [UInt8]?, exif: [UInt8]?
    ) throws(EncodeError)
        -> [UInt8]
    {
        try encode(raster, iccProfile: iccProfile, exif: exif) { image, metadata, result in
            ppf_jpeg_encode(image, Int32(clamping: quality), metadata, result)
        }
    }

    /// Encodes a gray (1-channel) or RGB (3-channel) raster as an 8-bit, non-interlaced PNG.
    ///
    /// - Parameter iccProfile: an ICC profile to embed as an `iCCP` chunk; nil embeds none.
    public static func png(_ raster: Raster, iccProfile: [UInt8]? = nil) throws -> [UInt8] {
        try png(raster, iccProfile: iccProfile, exif: nil)
    }

    /// Encodes a PNG as ``png(_:iccProfile:)`` does, also embedding an EXIF TIFF block as an `eXIf` chunk.
    public static func png(_ raster: Raster, iccProfile: [UInt8]?, exif: [UInt8]?) throws(EncodeError) -> [UInt8] {
        try encode(raster, iccProfile: iccProfile, exif: exif) { image, metadata, result in
            ppf_png_encode(image, metadata, result)
        }
    }

    private static func encode(
        _ raster: Raster, iccProfile: [UInt8]?, exif: [UInt8]?,
        call: (
            UnsafePointer<ppf_image>, UnsafePointer<ppf_metadata>, UnsafeMutablePointer<ppf_encode_result>
        ) -> Int32
    ) throws(EncodeError) -> [UInt8] {
        var result = ppf_encode_result()
        let status = raster.pixels.withUnsafeBufferPointer { pixels in
            let profile = iccProfile ?? [], block = exif ?? []
            return profile.withUnsafeBufferPointer { icc in
                block.withUnsafeBufferPointer { exifBytes in
                    var image = ppf_image(
                        pixels: pixels.baseAddress, width: UInt32(clamping: raster.width),
                        height: UInt32(clamping: raster.height), channels: Int32(raster.channels))
                    var metadata = ppf_metadata(
                        icc: icc.baseAddress, icc_size: icc.count, exif: exifBytes.baseAddress,
                        exif_size: exifBytes.count)
                    return call(&image, &metadata, &result)
                }
            }
        }
        defer { ppf_free(result.data) }
        guard status == Int32(PPF_OK.rawValue), let data = result.data else {
            let message = withUnsafeBytes(of: result.message) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let kind: EncodeError.Kind = status == Int32(PPF_ERROR_NO_MEMORY.rawValue) ? .outOfMemory : .unsupported
            throw EncodeError(kind: kind, message: message.isEmpty ? "encoding failed" : message)
        }
        return Array(UnsafeBufferPointer(start: data, count: result.size))
    }
}
