import ArgumentParser
import Foundation
import HeyGen

extension GenerationAge: ExpressibleByArgument {}
extension GenerationGender: ExpressibleByArgument {}
extension GenerationEthnicity: ExpressibleByArgument {}
extension GenerationOrientation: ExpressibleByArgument {}
extension GenerationPose: ExpressibleByArgument {}
extension GenerationStyle: ExpressibleByArgument {}

extension PhotoPreflightCommand.Avatar {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate AI photos from a description (v2 only; v3 has no 4-candidate generation).")
        @Option(help: "Avatar name.") var name: String
        @Option(help: "Young Adult, Early Middle Age, Late Middle Age, Senior, Unspecified.") var age: GenerationAge
        @Option(help: "Woman, Man, Unspecified.") var gender: GenerationGender
        @Option(help: "Ethnicity (see HeyGen's list), or Unspecified.") var ethnicity: GenerationEthnicity
        @Option(help: "square, horizontal, vertical.") var orientation: GenerationOrientation
        @Option(help: "half_body, close_up, full_body.") var pose: GenerationPose
        @Option(help: "Realistic, Pixar, Cinematic, Vintage, Noir, Cyberpunk, Unspecified.") var style: GenerationStyle
        @Option(help: "Appearance prompt, at most 1000 characters.") var appearance: String
        @Flag(help: "Wait for the candidates.") var wait = false
        @Option(help: "Seconds to wait at most.") var timeout = 900
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws { try heygen.require(.aiGeneration, for: "avatar generate") }

        func run() async throws {
            try await withCLIErrors(heygen) {
                let request = try GeneratePhotoRequest(
                    name: name, age: age, gender: gender, ethnicity: ethnicity, orientation: orientation, pose: pose,
                    style: style, appearance: appearance)
                let service = try heygen.service()
                let id = try await service.generatePhotos(request)
                guard wait else {
                    print(id)
                    return
                }
                let status = try await Waiter.forCommand(seconds: timeout).wait {
                    try await service.generationStatus(id: id)
                } classify: {
                    $0.state
                }
                try emit(status, format: heygen.format) { [id] + (status.imageKeys ?? []) }
            }
        }
    }

    struct GenerationStatus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an AI photo generation (v2 only).")
        @Argument(help: "Generation id.") var id: String
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws { try heygen.require(.aiGeneration, for: "avatar generation-status") }

        func run() async throws {
            try await withCLIErrors(heygen) {
                let status = try await heygen.service().generationStatus(id: id)
                try emit(status, format: heygen.format) { ["\(status.status)"] + (status.imageKeys ?? []) }
            }
        }
    }

    struct Pick: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make one AI-generated candidate a photo avatar: a new group, or a look in --group-id.")
        @Argument(help: "Generation id.") var generationID: String
        @Option(help: "Which candidate, 0-based.") var index = 0
        @Option(help: "Name of the new group or look.") var name: String
        @Option(help: "Add to this existing group instead of creating one.") var groupID: String?
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws {
            if index < 0 { throw ValidationError("--index must be at least 0, got \(index)") }
            try heygen.require(.aiGeneration, for: "avatar pick")
        }

        func run() async throws {
            try await withCLIErrors(heygen) {
                let avatars = try await heygen.service().pickGeneratedPhoto(
                    generationID: generationID, index: index, name: name, groupID: groupID)
                try emit(avatars, format: heygen.format) { avatars.map { "\($0.id)  group \($0.groupID ?? "-")" } }
            }
        }
    }
}
