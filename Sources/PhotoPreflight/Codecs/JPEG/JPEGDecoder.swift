internal import CImageCodecs
internal import CJPEG

/// Decodes JPEG through libjpeg-turbo: baseline, progressive, arithmetic, grayscale, RGB, CMYK and YCCK.
enum JPEGDecoder {
    static func decode(
        bytes: UnsafeRawBufferPointer, request: DecodeRequest, headerOnly: Bool
    )
        -> Result<DecodeOutput, DecodeError>
    {
        let metadata = JPEGMetadata(bytes: bytes)
        return CodecBridge.decode(ppf_jpeg_decode, bytes: bytes, request: request, headerOnly: headerOnly) { result in
            ImageHeader(
                format: .jpeg, width: Int(result.width), height: Int(result.height),
                components: Int(result.components), bitDepth: Int(result.bit_depth),
                isInterlaced: result.interlaced != 0, isArithmeticCoded: result.arithmetic != 0, hasAlpha: false,
                colorDescription: colorName(result.color_type, adobe: result.adobe_marker != 0),
                orientation: metadata.orientation, hasICCProfile: metadata.hasICCProfile,
                hasMetadata: metadata.hasEXIF || metadata.hasXMP || metadata.hasComment)
        }
    }

    private static func colorName(_ space: Int32, adobe: Bool) -> String {
        switch J_COLOR_SPACE(UInt32(space)) {
        case JCS_GRAYSCALE: "grayscale"
        case JCS_YCbCr: "YCbCr"
        case JCS_RGB: "RGB"
        case JCS_CMYK: adobe ? "CMYK (Adobe)" : "CMYK"
        case JCS_YCCK: "YCCK (Adobe)"
        default: "unknown"
        }
    }
}
