import PhotoPreflight
import PreflightSupport

/// Drives ``ImageDecoder`` the way `check` and `fix` do, over every layout and DCT scale.
enum DecoderFuzzing {
    /// The pixel limit under fuzzing: the product's refusal path is the same at any limit, and a small one
    /// keeps each input fast. Headers above it must be refused before any pixel memory is allocated.
    static let maxPixels = 1 << 18

    /// The requests tried on each input: both layouts, each JPEG DCT scale (full, 1/2, 1/4, 1/8), the fast
    /// IDCT on the reduced ones, ICC and metadata reading on.
    static let requests: [DecodeRequest] = {
        var requests: [DecodeRequest] = []
        for layout in [DecodeRequest.Layout.gray, .rgb] {
            for denominator in [1, 2, 4, 8] {
                requests.append(
                    DecodeRequest(
                        maxPixels: maxPixels, minimumShortSide: denominator == 1 ? nil : 1,
                        maximumScaleDenominator: denominator, layout: layout, fastIDCT: denominator > 1,
                        background: 0x336699, readsICCProfile: true, readsMetadata: true))
            }
        }
        return requests
    }()

    /// Reads the header of `bytes` and decodes them with one of ``requests``, when they sniff as `format`
    /// (other inputs belong to another target). The request is picked by a hash of the input, so that each
    /// input always takes the same path and every request is tried across the corpus at the cost of one.
    static func run(_ bytes: [UInt8], format: ImageFormat) {
        guard FormatSniffer.sniff(bytes).format == format else { return }
        let header = bytes.withUnsafeBytes { raw in try? ImageDecoder.readHeader(raw, maxPixels: maxPixels) }
        // JPEG is the only format with DCT scaling; the other formats ignore the denominator.
        let tried = format == .jpeg ? requests : requests.filter { $0.maximumScaleDenominator == 1 }
        let request = tried[Int(StableHash.fnv1a64(bytes) % UInt64(tried.count))]
        guard let image = try? ImageDecoder.decode(bytes, request: request) else { return }
        check(image, request: request, header: header)
    }

    /// What holds for every decoded image.
    private static func check(_ image: DecodedImage, request: DecodeRequest, header: ImageHeader?) {
        let raster = image.raster
        precondition(raster.channels == request.layout.rawValue, "layout \(request.layout) gave \(raster.channels)")
        precondition(raster.width > 0 && raster.height > 0, "empty raster \(raster.width)x\(raster.height)")
        precondition(
            raster.pixels.count == raster.width * raster.height * raster.channels,
            "\(raster.pixels.count) bytes for \(raster.width)x\(raster.height)x\(raster.channels)")
        precondition(raster.width * raster.height <= maxPixels, "decoded past the pixel limit")
        precondition([1, 2, 4, 8].contains(image.scaleDenominator), "scale 1/\(image.scaleDenominator)")
        precondition(image.scaleDenominator <= request.maximumScaleDenominator, "scaled more than asked")
        if let header {
            precondition(
                header.width == image.header.width && header.height == image.header.height,
                "header read \(header.width)x\(header.height), decode \(image.header.width)x\(image.header.height)")
        }
    }
}
