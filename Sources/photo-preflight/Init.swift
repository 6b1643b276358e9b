import ArgumentParser
import Foundation
import PhotoPreflight
import PhotoPreflightConfig
import PreflightSupport

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
            if !force && FileManager.default.fileExists(atPath: output) {
                StandardError.error("\(output) already exists; use --force to replace it")
                throw ExitCode(ExitStatus.usageOrIOError)
            }
            do {
                try AtomicFileWriter.write(Array(text.utf8), to: URL(fileURLWithPath: output), permissions: 0o644)
            } catch {
                throw ExitStatus.reporting(error)
            }
            print("wrote \(output)")
        }
    }
}
