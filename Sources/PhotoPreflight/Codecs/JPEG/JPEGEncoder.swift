internal import CImageCodecs

/// Encodes JPEG through libjpeg-turbo: baseline, optimized Huffman tables, 4:2:0 chroma subsampling.
enum JPEGEncoder {
    /// Encodes a gray or RGB raster at libjpeg `quality` (1-100, clamped), embedding an ICC profile as APP2
    /// `ICC_PROFILE` chunks and an EXIF TIFF block (at most 65,527 bytes) as an APP1 `Exif` segment.
    static func encode(
        _ raster: Raster, quality: Int, iccProfile: [UInt8]?, exif: [UInt8]?
    ) throws(EncodeError) -> [UInt8] {
        try CodecBridge.encode(raster, iccProfile: iccProfile, exif: exif) { image, metadata, result in
            ppf_jpeg_encode(image, Int32(clamping: quality), metadata, result)
        }
    }
}
