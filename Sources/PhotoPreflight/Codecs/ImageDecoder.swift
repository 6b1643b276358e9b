/// A decoded image: its header and pixels (possibly reduced in the DCT domain).
public struct DecodedImage: Sendable {
    /// What the file's header says.
    public var header: ImageHeader
    /// The decoded pixels, as stored (orientation not applied).
    public var raster: Raster
    /// The JPEG DCT scaling denominator used (1, 2, 4 or 8); 1 for PNG.
    public var scaleDenominator: Int
    /// The embedded ICC profile, when ``DecodeRequest/readsICCProfile`` asked for it and the file has one.
    public var iccProfile: [UInt8]?
    /// HEIF, WebP and AVIF: the EXIF TIFF block, when ``DecodeRequest/readsMetadata`` asked for it and the file
    /// has one (its orientation is not applied: the container's own transforms are).
    public var exif: [UInt8]?
}

/// Decodes JPEG, PNG, HEIF/HEIC, WebP and AVIF images from memory, sniffing the format from the bytes.
///
/// HEIF, WebP and AVIF are decoded so that they can be checked and converted (``ImageFormat/isConvertible``);
/// an animation or image sequence gives its first frame (``ImageHeader/frameCount`` says how many there are).
public enum ImageDecoder {
    /// Reads only the header of `bytes`: size, components, orientation. Allocates no pixels.
    public static func readHeader(
        _ bytes: UnsafeRawBufferPointer, maxPixels: Int = ImageLimits.standard.maxPixels
    ) throws(DecodeError)
        -> ImageHeader
    {
        let request = DecodeRequest(maxPixels: maxPixels)
        return try run(bytes, request: request, headerOnly: true).header
    }

    /// Decodes `bytes` as `request` asks. Throws for any format other than JPEG, PNG, HEIF, WebP and AVIF, for
    /// corrupt or truncated data, and for images over the pixel limit (checked before allocating).
    public static func decode(
        _ bytes: UnsafeRawBufferPointer, request: DecodeRequest = DecodeRequest()
    )
        throws(DecodeError) -> DecodedImage
    {
        let output = try run(bytes, request: request, headerOnly: false)
        guard let raster = output.raster else {
            throw DecodeError(kind: .corrupt, message: "no pixels decoded", header: output.header)
        }
        return DecodedImage(
            header: output.header, raster: raster, scaleDenominator: output.scale, iccProfile: output.iccProfile,
            exif: output.exif)
    }

    /// Convenience for byte arrays.
    public static func decode(
        _ bytes: [UInt8], request: DecodeRequest = DecodeRequest()
    ) throws(DecodeError)
        -> DecodedImage
    {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(DecodeError) in try decode(raw, request: request) }
        }
        return try result.get()
    }

    private static func run(
        _ bytes: UnsafeRawBufferPointer, request: DecodeRequest, headerOnly: Bool
    )
        throws(DecodeError) -> DecodeOutput
    {
        let sniffed = FormatSniffer.sniff(bytes.bindMemory(to: UInt8.self))
        if sniffed.damagedSignature {
            throw DecodeError(kind: .corrupt, message: "PNG signature is damaged (text-mode transfer?)", header: nil)
        }
        switch sniffed.format {
        case .jpeg: return try JPEGDecoder.decode(bytes: bytes, request: request, headerOnly: headerOnly).get()
        case .png: return try PNGDecoder.decode(bytes: bytes, request: request, headerOnly: headerOnly).get()
        case .heif: return try HEIFDecoder.decode(bytes: bytes, request: request, headerOnly: headerOnly).get()
        case .webp: return try WebPDecoder.decode(bytes: bytes, request: request, headerOnly: headerOnly).get()
        case .avif: return try AVIFDecoder.decode(bytes: bytes, request: request, headerOnly: headerOnly).get()
        default:
            throw DecodeError(
                kind: .notJPEGOrPNG, message: "\(sniffed.format.displayName) is not a format this tool decodes",
                header: nil)
        }
    }
}
