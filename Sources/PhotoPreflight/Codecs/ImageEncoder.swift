/// Encodes rasters as JPEG or PNG in memory: the format-neutral entry to ``JPEGEncoder`` and ``PNGEncoder``.
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
        try JPEGEncoder.encode(raster, quality: quality, iccProfile: iccProfile, exif: exif)
    }

    /// Encodes a gray (1-channel) or RGB (3-channel) raster as an 8-bit, non-interlaced PNG.
    ///
    /// - Parameter iccProfile: an ICC profile to embed as an `iCCP` chunk; nil embeds none.
    public static func png(_ raster: Raster, iccProfile: [UInt8]? = nil) throws -> [UInt8] {
        try png(raster, iccProfile: iccProfile, exif: nil)
    }

    /// Encodes a PNG as ``png(_:iccProfile:)`` does, also embedding an EXIF TIFF block as an `eXIf` chunk.
    public static func png(_ raster: Raster, iccProfile: [UInt8]?, exif: [UInt8]?) throws(EncodeError) -> [UInt8] {
        try PNGEncoder.encode(raster, iccProfile: iccProfile, exif: exif)
    }
}
