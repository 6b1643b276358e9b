/// Age enum of AI photo generation.
public enum GenerationAge: String, CaseIterable, Codable, Sendable {
    case youngAdult = "Young Adult"
    case earlyMiddleAge = "Early Middle Age"
    case lateMiddleAge = "Late Middle Age"
    case senior = "Senior"
    case unspecified = "Unspecified"
}

/// Gender enum of AI photo generation.
public enum GenerationGender: String, CaseIterable, Codable, Sendable {
    case woman = "Woman"
    case man = "Man"
    case unspecified = "Unspecified"
}

/// Ethnicity enum of AI photo generation.
public enum GenerationEthnicity: String, CaseIterable, Codable, Sendable {
    case white = "White"
    case black = "Black"
    case asianAmerican = "Asian American"
    case eastAsian = "East Asian"
    case southEastAsian = "South East Asian"
    case southAsian = "South Asian"
    case middleEastern = "Middle Eastern"
    case pacific = "Pacific"
    case hispanic = "Hispanic"
    case unspecified = "Unspecified"
}

/// Orientation enum of AI photo generation.
public enum GenerationOrientation: String, CaseIterable, Codable, Sendable {
    case square, horizontal, vertical
}

/// Pose enum of AI photo generation.
public enum GenerationPose: String, CaseIterable, Codable, Sendable {
    case halfBody = "half_body"
    case closeUp = "close_up"
    case fullBody = "full_body"
}

/// Style enum of AI photo generation.
public enum GenerationStyle: String, CaseIterable, Codable, Sendable {
    case realistic = "Realistic"
    case pixar = "Pixar"
    case cinematic = "Cinematic"
    case vintage = "Vintage"
    case noir = "Noir"
    case cyberpunk = "Cyberpunk"
    case unspecified = "Unspecified"
}

/// `POST /v2/photo_avatar/photo/generate`: all eight fields are required.
public struct GeneratePhotoRequest: Codable, Sendable, Equatable {
    /// Longest `appearance` accepted, in characters.
    public static let maxAppearanceLength = 1000

    /// Avatar name, 1–256 characters.
    public var name: String
    /// Apparent age.
    public var age: GenerationAge
    /// Gender.
    public var gender: GenerationGender
    /// Ethnicity.
    public var ethnicity: GenerationEthnicity
    /// Image orientation.
    public var orientation: GenerationOrientation
    /// Framing.
    public var pose: GenerationPose
    /// Rendering style.
    public var style: GenerationStyle
    /// Free-text prompt, 1–1000 characters.
    public var appearance: String

    /// Creates a request after checking `name` and `appearance`.
    public init(
        name: String, age: GenerationAge, gender: GenerationGender, ethnicity: GenerationEthnicity,
        orientation: GenerationOrientation, pose: GenerationPose, style: GenerationStyle, appearance: String
    ) throws {
        try Validate.name(name)
        try Validate.nonEmpty(appearance, "appearance")
        try Validate.maxLength(appearance, Self.maxAppearanceLength, "appearance")
        self.name = name
        self.age = age
        self.gender = gender
        self.ethnicity = ethnicity
        self.orientation = orientation
        self.pose = pose
        self.style = style
        self.appearance = appearance
    }
}

struct GenerationStarted: Decodable {
    var generationID: String
    enum CodingKeys: String, CodingKey { case generationID = "generation_id" }
}

/// `GET /v2/photo_avatar/generation/{id}`.
public struct GenerationStatus: Codable, Sendable, Equatable {
    /// Generation id.
    public var id: String
    /// `in_progress`, `pending`, `processing`, `success`, `failed`.
    public var status: String
    /// Failure message.
    public var message: String?
    /// Candidate image URLs (usually 4) once `success`.
    public var imageURLs: [String]?
    /// Candidate image keys (usually 4) once `success`; pass one to group create with the generation id.
    public var imageKeys: [String]?

    enum CodingKeys: String, CodingKey {
        case id, status
        case message = "msg"
        case imageURLs = "image_url_list"
        case imageKeys = "image_key_list"
    }
}
