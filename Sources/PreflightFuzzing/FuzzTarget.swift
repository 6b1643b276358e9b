/// One parser of untrusted bytes, as the fuzzer and the regression replay drive it.
///
/// Each case's ``run(_:)`` feeds one input through the project's own entry point and checks what must hold
/// for any input (a broken invariant is a `precondition` failure, which the fuzzer reports as a crash).
/// Errors the parser reports for bad input are the expected outcome, not findings.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// JPEG through ``ImageDecoder``: header read, full decode at every DCT scale, gray and RGB.
    case jpeg
    /// PNG through ``ImageDecoder``: header read, decode to gray and RGB.
    case png
    /// HEIF/HEIC through ``ImageDecoder``.
    case heif
    /// WebP through ``ImageDecoder``.
    case webp
    /// AVIF through ``ImageDecoder``.
    case avif
    /// The format sniffer on any bytes.
    case sniffer
    /// The EXIF (TIFF) orientation reader, and the orientation applied to a small raster.
    case exif
    /// The JPEG and PNG metadata stripper, with and without EXIF kept.
    case stripper
    /// The whole in-memory `fix` pipeline (decode, orient, resize, convert, re-encode, re-check).
    case fix
    /// The `.photo-preflight.yml` parser.
    case config
    /// A raw HTTP response (status line, headers, body) through the client's header parsing and every
    /// v1/v2/v3 operation's envelope and model decoding.
    case heygenResponses = "heygen-responses"
    /// The `Retry-After` header parser.
    case retryAfter = "retry-after"
    /// Raw HTTP request bytes through the emulator's HTTP pipeline (NIO's parser, the request handler, the
    /// routes' JSON and multipart parsing).
    case emulatorRequests = "emulator-requests"

    /// Runs one input through the target.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .jpeg: DecoderFuzzing.run(bytes, format: .jpeg)
        case .png: DecoderFuzzing.run(bytes, format: .png)
        case .heif: DecoderFuzzing.run(bytes, format: .heif)
        case .webp: DecoderFuzzing.run(bytes, format: .webp)
        case .avif: DecoderFuzzing.run(bytes, format: .avif)
        case .sniffer: MetadataFuzzing.sniff(bytes)
        case .exif: MetadataFuzzing.readEXIF(bytes)
        case .stripper: MetadataFuzzing.strip(bytes)
        case .fix: FixFuzzing.run(bytes)
        case .config: ConfigFuzzing.run(bytes)
        case .heygenResponses: HeyGenResponseFuzzing.run(bytes)
        case .retryAfter: HeyGenResponseFuzzing.parseRetryAfter(bytes)
        case .emulatorRequests: EmulatorRequestFuzzing.run(bytes)
        }
    }

    /// Whether this target takes image files as seeds (the decoders, the sniffer, the stripper and `fix`).
    public var takesImages: Bool {
        switch self {
        case .jpeg, .png, .heif, .webp, .avif, .sniffer, .stripper, .fix: true
        case .exif, .config, .heygenResponses, .retryAfter, .emulatorRequests: false
        }
    }
}
