internal import CImageCodecs

/// Decodes WebP through libwebp: lossy, lossless and alpha; an animation gives its first frame composited on
/// the canvas. ICC profile and EXIF come from libwebpdemux. WebP has no orientation of its own, and an EXIF
/// orientation inside it is ignored, as browsers do.
enum WebPDecoder {
    static func decode(
        bytes: UnsafeRawBufferPointer, request: DecodeRequest, headerOnly: Bool
    )
        -> Result<DecodeOutput, DecodeError>
    {
        CodecBridge.decode(ppf_webp_decode, bytes: bytes, request: request, headerOnly: headerOnly) { result in
            ImageHeader(
                converting: .webp, result: result, orientation: nil, colorDescription: compression(result.color_type))
        }
    }

    private static func compression(_ format: Int32) -> String {
        switch format {
        case 1: "lossy"
        case 2: "lossless"
        default: "animated"
        }
    }
}
