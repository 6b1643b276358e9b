import ArgumentParser
import HeyGen

extension PhotoPreflightCommand.Avatar {
    struct Prompt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a look from a text description (v3; under v2 use `avatar generate`).",
            discussion: """
                Without --group-id or --look-id a new character is created. --look-id makes a new look of that \
                look's character, with the look as visual reference.
                """)
        @Option(help: "Name of the look (1-255 characters).") var name: String
        @Option(help: "Appearance, 1-1000 characters.") var prompt: String
        @Option(name: .customLong("reference-asset-id"), help: "Asset id of a reference photo (at most 3).")
        var referenceAssetIDs: [String] = []
        @Option(help: "Save the look into this group (character).") var groupID: String?
        @Option(help: "Make a new look of this look's character.") var lookID: String?
        @Flag(help: "Wait until the look is completed or failed.") var wait = false
        @Option(help: "Seconds to wait at most.") var timeout = 900
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws {
            try heygen.require(
                .promptGeneration, for: "avatar prompt",
                message: "avatar prompt exists only in HeyGen's v3 API; under v2 use avatar generate")
        }

        func run() async throws {
            try await withCLIErrors {
                let request = try PromptLookRequest(
                    name: name, prompt: prompt, referenceAssetIDs: referenceAssetIDs, groupID: groupID, lookID: lookID)
                let service = try heygen.service()
                let look = try await service.generateLook(request)
                guard wait else {
                    try emit(look, format: heygen.format) { ["\(look.lookID)  group \(look.groupID ?? "-")"] }
                    return
                }
                let record = try await Waiter.forCommand(seconds: timeout).wait {
                    try await service.avatar(id: look.lookID)
                } classify: {
                    $0.state
                }
                try emit(record.output, format: heygen.format)
            }
        }
    }
}
