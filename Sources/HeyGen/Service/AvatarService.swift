import Foundation

/// HeyGen's photo avatars and videos over one API generation: what every `avatar`, `video` and `upload`
/// command calls, whichever generation it speaks. ``V2Backend`` and ``V3Backend`` implement it.
///
/// Calls that need a capability the generation lacks (see ``capabilities``) throw
/// ``HeyGenError/unsupported(_:)``; commands refuse them earlier with ``APIVersion/require(_:for:message:)``.
public protocol AvatarService: UploadBackend {
    /// What this generation can do beyond the common calls.
    var capabilities: ServiceCapabilities { get }

    /// A photo avatar (v2) or look (v3).
    func avatar(id: String) async throws -> AvatarRecord
    /// Talking photos (v2), groups, or the looks of a group.
    func list(_ listing: AvatarListing) async throws -> ServiceOutput
    /// Deletes one photo avatar (v2) or look (v3).
    func deleteAvatar(id: String) async throws
    /// Deletes a group and all its looks.
    func deleteGroup(id: String) async throws

    /// Starts training a group. Needs ``ServiceCapabilities/training``.
    func startTraining(groupID: String) async throws -> TrainingStarted
    /// A group's training status. Needs ``ServiceCapabilities/training``.
    func trainingStatus(groupID: String) async throws -> TrainingStatus

    /// Starts AI photo generation; returns the generation id. Needs ``ServiceCapabilities/aiGeneration``.
    func generatePhotos(_ request: GeneratePhotoRequest) async throws -> String
    /// An AI photo generation. Needs ``ServiceCapabilities/aiGeneration``.
    func generationStatus(id: String) async throws -> GenerationStatus
    /// Makes candidate `index` of a generation a photo avatar: a new group called `name`, or a look in
    /// `groupID`. Needs ``ServiceCapabilities/aiGeneration``.
    func pickGeneratedPhoto(
        generationID: String, index: Int, name: String, groupID: String?
    ) async throws
        -> [PhotoAvatar]

    /// Starts a video of a look speaking; returns the video id. v3 has no free size: the nearest aspect
    /// ratio to `width`×`height` is used.
    func createLookVideo(lookID: String, speech: VideoSpeech, width: Int, height: Int) async throws -> String
    /// Starts an Avatar IV video straight from a photo; returns the video id.
    func createPhotoVideo(_ request: PhotoVideoRequest) async throws -> String
    /// A video's status, in one shape for both generations.
    func videoStatus(id: String) async throws -> VideoStatus

    /// Voices passing `filter`: what `--voice-id` takes.
    func voices(_ filter: VoiceFilter) async throws -> [Voice]
    /// The account's videos, every page or the first `limit`. Needs ``ServiceCapabilities/videoListing``.
    func videos(limit: Int?) async throws -> [VideoSummary]
    /// Deletes a video.
    func deleteVideo(id: String) async throws
    /// Downloads a completed video (and its captions) to `output`; see ``VideoDownloader``.
    func downloadVideo(id: String, to output: URL) async throws -> VideoDownload
    /// Starts a look generated from a text prompt. Needs ``ServiceCapabilities/promptGeneration``.
    func generateLook(_ request: PromptLookRequest) async throws -> GeneratedLook
}

extension AvatarService {
    /// What this generation can do: ``APIVersion/capabilities`` of ``apiVersion``.
    public var capabilities: ServiceCapabilities { apiVersion.capabilities }
}
