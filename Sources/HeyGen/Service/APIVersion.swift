/// Which HeyGen API generation a backend speaks.
public enum APIVersion: String, Sendable, Codable, CaseIterable {
    /// The seed's v1/v2 API (end of life 2026-11-01).
    case v2
    /// The current v3 API.
    case v3

    /// What this generation can do: v2 trains groups, generates AI photos, takes image keys and enhances
    /// motion prompts; v3 takes asset ids, generates looks from prompts, lists videos and speaks a look's
    /// default voice.
    public var capabilities: ServiceCapabilities {
        switch self {
        case .v2: [.training, .aiGeneration, .imageKeys, .motionPromptEnhancement]
        case .v3: [.assetIDs, .promptGeneration, .videoListing, .defaultVoice]
        }
    }

    /// The service speaking this generation over `connection`. The one place a command's v2/v3 choice is made.
    public func service(connection: HeyGenConnection) -> any AvatarService {
        switch self {
        case .v2: V2Backend(api: HeyGenV2API(connection: connection))
        case .v3: V3Backend(api: HeyGenV3API(connection: connection))
        }
    }
}
