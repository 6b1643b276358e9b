import ArgumentParser
import Foundation
import PreflightSupport

/// The `photo-preflight` command: its subcommands live one per file as extensions.
struct PhotoPreflightCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ToolIdentity.name,
        abstract: "Check portrait photos before they become HeyGen photo avatars.",
        discussion: """
            Exit status: 0 every photo passes (warnings allowed), 1 a photo fails (or warns, with --strict),
            2 usage or I/O error.
            """,
        version: ToolIdentity.version,
        subcommands: [
            Check.self, Fix.self, Merge.self, Upload.self, Avatar.self, Video.self, Voices.self, Rules.self, Rank.self,
            Init.self,
        ],
        defaultSubcommand: Check.self
    )
}

/// Entry point: maps argument errors to exit status 2, as documented.
@main
enum Main {
    static func main() async {
        AllocatorTuning.apply()
        do {
            let arguments = ThresholdFlags.rewrite(Array(CommandLine.arguments.dropFirst()))
            var command = try PhotoPreflightCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = PhotoPreflightCommand.exitCode(for: error)
            if code == .validationFailure {
                StandardError.write(usageMessage(for: error) + "\n")
                exit(ExitStatus.usageOrIOError)
            }
            if code != .success, !(error is ExitCode) {
                StandardError.write(usageMessage(for: error) + "\n")
                exit(code.rawValue)
            }
            PhotoPreflightCommand.exit(withError: error)
        }
    }

    /// ArgumentParser's message for `error` with its `Error: ` prefix replaced by the tool's one prefix.
    static func usageMessage(for error: any Error) -> String {
        let message = PhotoPreflightCommand.fullMessage(for: error)
        guard message.hasPrefix("Error: ") else { return message }
        return StandardError.prefix + message.dropFirst("Error: ".count)
    }
}
