internal import CImageCodecs

/// What one decode call produced.
struct DecodeOutput {
    var header: ImageHeader
    /// Nil for header-only reads.
    var raster: Raster?
    /// The JPEG DCT scaling denominator used (1 for PNG).
    var scale: Int
    /// The embedded ICC profile, when asked for and present.
    var iccProfile: [UInt8]?
    /// HEIF, WebP, AVIF: the EXIF block, when asked for and present.
    var exif: [UInt8]? = nil
}

/// Calls one of the C decode shims and turns its result into Swift values.
enum CodecBridge {
    typealias DecodeFunction = (
        UnsafePointer<UInt8>?, Int, UnsafePointer<ppf_decode_options>?, UnsafeMutablePointer<ppf_decode_result>?
    ) -> Int32

    /// Runs `function` over `bytes`. `describe` builds the header from the C result.
    static func decode(
        _ function: DecodeFunction, bytes: UnsafeRawBufferPointer, request: DecodeRequest, headerOnly: Bool,
        describe: (ppf_decode_result) -> ImageHeader
    ) -> Result<DecodeOutput, DecodeError> {
        var options = ppf_decode_options()
        options.max_pixels = UInt64(max(0, request.maxPixels))
        options.min_short_side = UInt32(clamping: request.minimumShortSide ?? 0)
        options.max_scale_denom = Int32(clamping: request.maximumScaleDenominator)
        options.layout = request.layout == .gray ? PPF_LAYOUT_GRAY : PPF_LAYOUT_RGB
        options.header_only = headerOnly ? 1 : 0
        options.fast_idct = request.fastIDCT ? 1 : 0
        options.background_rgb = request.background
        options.read_icc = request.readsICCProfile ? 1 : 0
        options.read_metadata = request.readsMetadata ? 1 : 0
        var result = ppf_decode_result()
        let status = withUnsafePointer(to: &options) { optionsPointer in
            function(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count, optionsPointer, &result)
        }
        defer {
            ppf_free(result.pixels)
            ppf_free(result.icc_profile)
            ppf_free(result.exif)
        }
        let message = withUnsafeBytes(of: result.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let header = result.width > 0 && result.height > 0 ? describe(result) : nil
        switch status {
        case Int32(PPF_OK.rawValue):
            break
        case Int32(PPF_ERROR_TOO_MANY_PIXELS.rawValue):
            return .failure(DecodeError(kind: .tooManyPixels, message: message, header: header))
        case Int32(PPF_ERROR_UNSUPPORTED.rawValue):
            return .failure(DecodeError(kind: .unsupported, message: message, header: header))
        case Int32(PPF_ERROR_NO_MEMORY.rawValue):
            return .failure(DecodeError(kind: .outOfMemory, message: message, header: header))
        default:
            return .failure(
                DecodeError(kind: .corrupt, message: message.isEmpty ? "undecodable data" : message, header: header))
        }
        guard let header else {
            return .failure(DecodeError(kind: .corrupt, message: "image has no size", header: nil))
        }
        // Damage inside the compressed data (truncation, bad codes) is only a warning to libjpeg, which pads
        // the image with grey: for a preflight it is corruption.
        if result.data_warnings > 0 {
            return .failure(DecodeError(kind: .corrupt, message: message, header: header))
        }
        guard !headerOnly, let pixels = result.pixels else {
            return .success(DecodeOutput(header: header, raster: nil, scale: 1, iccProfile: nil))
        }
        let width = Int(result.out_width), height = Int(result.out_height), channels = Int(result.out_channels)
        let raster = Raster(
            width: width, height: height, channels: channels,
            pixels: Array(UnsafeBufferPointer(start: pixels, count: width * height * channels)))
        let icc = result.icc_profile.map { Array(UnsafeBufferPointer(start: $0, count: Int(result.icc_size))) }
        let exif = result.exif.map { Array(UnsafeBufferPointer(start: $0, count: Int(result.exif_size))) }
        return .success(
            DecodeOutput(header: header, raster: raster, scale: Int(result.scale_denom), iccProfile: icc, exif: exif))
    }
}
