/// A look generated from a text description (v3 `POST /v3/avatars` with `type: "prompt"`,
/// heygen-v3.md §3.7), checked locally against HeyGen's documented limits.
public struct PromptLookRequest: Sendable, Equatable, Encodable {
    /// Longest `prompt` HeyGen accepts, in characters: 1,000.
    public static let maxPromptCharacters = 1000
    /// Most `reference_images`: 3.
    public static let maxReferenceImages = 3

    /// Name of the new look (and of the new character when no group or look is given), 1–255 characters.
    public let name: String
    /// The appearance, 1–1,000 characters.
    public let prompt: String
    /// Asset ids (from `POST /v3/assets`) of at most 3 reference photos.
    public let referenceAssetIDs: [String]
    /// Save the look into this group (character).
    public let groupID: String?
    /// An existing look used as the visual reference: the new look joins that character.
    public let lookID: String?

    /// Checks the fields; throws ``HeyGenError/invalidRequest(_:)`` naming the first bad one.
    public init(
        name: String, prompt: String, referenceAssetIDs: [String] = [], groupID: String? = nil, lookID: String? = nil
    ) throws {
        try Validate.name(name)
        try Validate.nonEmpty(prompt, "prompt")
        try Validate.maxLength(prompt, Self.maxPromptCharacters, "prompt")
        guard referenceAssetIDs.count <= Self.maxReferenceImages else {
            throw HeyGenError.invalidRequest(
                "\(referenceAssetIDs.count) reference images; at most \(Self.maxReferenceImages) allowed")
        }
        for id in referenceAssetIDs { _ = try validatedID(id, "reference asset id") }
        if let groupID { _ = try validatedID(groupID, "group id") }
        if let lookID { _ = try validatedID(lookID, "look id") }
        self.name = name
        self.prompt = prompt
        self.referenceAssetIDs = referenceAssetIDs
        self.groupID = groupID
        self.lookID = lookID
    }

    enum CodingKeys: String, CodingKey {
        case type, name, prompt
        case referenceImages = "reference_images"
        case groupID = "avatar_group_id"
        case lookID = "avatar_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("prompt", forKey: .type)
        try container.encode(name, forKey: .name)
        try container.encode(prompt, forKey: .prompt)
        if !referenceAssetIDs.isEmpty {
            try container.encode(referenceAssetIDs.map(AssetInput.init(assetID:)), forKey: .referenceImages)
        }
        try container.encodeIfPresent(groupID, forKey: .groupID)
        try container.encodeIfPresent(lookID, forKey: .lookID)
    }
}

/// The look a prompt generation created.
public struct GeneratedLook: Codable, Sendable, Equatable {
    /// The look id (a video's `avatar_id` once completed).
    public var lookID: String
    /// The character it belongs to.
    public var groupID: String?

    /// Creates a value.
    public init(lookID: String, groupID: String?) {
        self.lookID = lookID
        self.groupID = groupID
    }

    enum CodingKeys: String, CodingKey {
        case lookID = "look_id"
        case groupID = "group_id"
    }
}
