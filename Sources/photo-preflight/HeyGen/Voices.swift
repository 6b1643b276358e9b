import ArgumentParser
import HeyGen

extension PhotoPreflightCommand {
    /// `photo-preflight voices …`: the voices `video … --voice-id` takes.
    struct Voices: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List HeyGen voices, to pick a --voice-id.", subcommands: [List.self])
    }
}

extension PhotoPreflightCommand.Voices {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List voices, optionally by language and gender.")
        @Option(help: "Language name, e.g. English (case-insensitive).") var language: String?
        @Option(help: "male or female.") var gender: String?
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws {
            if let gender, !["male", "female"].contains(gender.lowercased()) {
                throw ValidationError("--gender must be male or female")
            }
        }

        func run() async throws {
            try await withCLIErrors {
                let voices = try await heygen.service().voices(VoiceFilter(language: language, gender: gender))
                try emit(voices, format: heygen.format) {
                    voices.map { "\($0.id)  \($0.name ?? "?")  \($0.language ?? "?")  \($0.gender ?? "?")" }
                }
            }
        }
    }
}
