/// The answer to `POST upload.heygen.com/v1/asset`.
public struct UploadedAsset: Codable, Sendable, Equatable {
    /// Asset id (32 hex characters). Not what a photo avatar needs: use ``imageKey``.
    public var id: String
    /// `image`, `video` or `audio`.
    public var fileType: String?
    /// Public URL of the stored file.
    public var url: String?
    /// S3-style key (`image/<id>/original…`) used to create photo avatars; nil for non-images.
    public var imageKey: String?

    enum CodingKeys: String, CodingKey {
        case id, url
        case fileType = "file_type"
        case imageKey = "image_key"
    }

    /// Creates a value.
    public init(id: String, fileType: String? = nil, url: String? = nil, imageKey: String? = nil) {
        self.id = id
        self.fileType = fileType
        self.url = url
        self.imageKey = imageKey
    }
}

/// Media types `/v1/asset` accepts (heygen-api.md §2.1).
public enum AssetContentType: String, CaseIterable, Sendable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case mp4 = "video/mp4"
    case webm = "video/webm"
    case mpeg = "audio/mpeg"
}
