import ArgumentParser
import Foundation
import PhotoPreflightConfig

extension PhotoPreflightCommand {
    /// `photo-preflight init`: write a commented default config file.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented default \(ConfigFile.fileName) (every value is the built-in default).")

        @Option(help: ArgumentHelp("Where to write it.", valueName: "file"))
        var output = ConfigFile.fileName

        @Flag(help: "Replace an existing file.")
        var force = false

        func run() throws {
            let text = ConfigTemplate.text(formats: OutputFormat.allCases.map(\.rawValue))
            do {
                try AtomicFile.write(Data(text.utf8), to: output, replacing: force)
            } catch AtomicFile.Failure.exists {
                StandardError.write("photo-preflight: \(output) already exists; use --force to replace it\n")
                throw ExitCode(ExitStatus.usageOrIOError)
            } catch {
                StandardError.write("photo-preflight: cannot write \(output): \(error)\n")
                throw ExitCode(ExitStatus.usageOrIOError)
            }
            print("wrote \(output)")
        }
    }
}
