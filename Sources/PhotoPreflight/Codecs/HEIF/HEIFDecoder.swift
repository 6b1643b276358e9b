internal import CImageCodecs

/// Decodes HEIF/HEIC through libheif: the primary image, with the container's `irot` and `imir` applied by
/// libheif, so the header's size is the displayed size and there is no orientation left to apply. An EXIF
/// orientation inside the file describes the camera's sensor, not these pixels, and is ignored.
enum HEIFDecoder {
    static func decode(
        bytes: UnsafeRawBufferPointer, request: DecodeRequest, headerOnly: Bool
    )
        -> Result<DecodeOutput, DecodeError>
    {
        CodecBridge.decode(ppf_heif_decode, bytes: bytes, request: request, headerOnly: headerOnly) { result in
            ImageHeader(
                converting: .heif, result: result, orientation: nil,
                colorDescription: result.has_alpha != 0 ? "RGBA" : "RGB")
        }
    }
}
