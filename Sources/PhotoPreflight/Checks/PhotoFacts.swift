/// Everything known about one photo when the rules run.
public struct PhotoFacts: Sendable {
    /// The file name (for the extension check); may be empty for in-memory data.
    public var fileName: String
    /// File size in bytes.
    public var byteCount: Int
    /// The format the leading bytes show.
    public var sniffed: SniffedFormat
    /// The header, when it could be read.
    public var header: ImageHeader?
    /// Why decoding failed, if it did.
    public var decodeError: DecodeError?
    /// Measurements, when the pixels decoded (with the main face's brightness and sharpness when the face
    /// check ran).
    public var metrics: PhotoMetrics?
    /// Why the file could not be read at all, if so.
    public var readError: String?
    /// What the face check found; `nil` when it did not run (switched off, or the photo did not decode).
    public var faces: FaceFacts?

    /// Creates facts; unknown parts stay nil.
    public init(
        fileName: String, byteCount: Int, sniffed: SniffedFormat, header: ImageHeader? = nil,
        decodeError: DecodeError? = nil, metrics: PhotoMetrics? = nil, readError: String? = nil,
        faces: FaceFacts? = nil
    ) {
        self.fileName = fileName
        self.byteCount = byteCount
        self.sniffed = sniffed
        self.header = header
        self.decodeError = decodeError
        self.metrics = metrics
        self.readError = readError
        self.faces = faces
    }
}
