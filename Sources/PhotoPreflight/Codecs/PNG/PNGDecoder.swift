internal import CImageCodecs

/// Decodes PNG through libpng: every colour type and bit depth, palette with tRNS, Adam7, alpha.
enum PNGDecoder {
    static func decode(
        bytes: UnsafeRawBufferPointer, request: DecodeRequest, headerOnly: Bool
    )
        -> Result<DecodeOutput, DecodeError>
    {
        let metadata = PNGMetadata(bytes: bytes)
        return CodecBridge.decode(ppf_png_decode, bytes: bytes, request: request, headerOnly: headerOnly) { result in
            ImageHeader(
                format: .png, width: Int(result.width), height: Int(result.height),
                components: Int(result.components), bitDepth: Int(result.bit_depth),
                isInterlaced: result.interlaced != 0, isArithmeticCoded: false, hasAlpha: result.has_alpha != 0,
                colorDescription: colorName(result.color_type), orientation: metadata.orientation,
                hasICCProfile: metadata.hasICCProfile, hasMetadata: metadata.hasEXIF || metadata.hasText)
        }
    }

    private static func colorName(_ type: Int32) -> String {
        switch type {
        case 0: "grayscale"
        case 2: "RGB"
        case 3: "palette"
        case 4: "grayscale + alpha"
        case 6: "RGBA"
        default: "unknown"
        }
    }
}
