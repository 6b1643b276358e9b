import ArgumentParser
import Foundation

/// Local root command for the HeyGen branch; the lead's Main.swift replaces it at merge.
@main
struct PhotoPreflightCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "photo-preflight",
        abstract: "Check portrait photos and upload the passing ones as HeyGen photo avatars.",
        subcommands: [Upload.self, Avatar.self, Video.self])

    /// Maps argument errors to exit code 2 (usage), as the README documents.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(CLIExit.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
