import Foundation

/// Executables SwiftPM built beside the test bundle.
public enum BuiltProducts {
    /// A missing executable, with what to run to build it.
    public struct NotBuilt: Error, CustomStringConvertible {
        public var description: String
    }

    /// The executable `name` (e.g. `photo-preflight`) from the build folder the tests run from.
    public static func executable(named name: String) throws -> URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var bundle = Bundle.main.bundleURL
        if bundle.pathExtension == "xctest" { bundle.deleteLastPathComponent() }
        let folders = [runner, runner.deletingLastPathComponent(), bundle, bundle.deletingLastPathComponent()]
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotBuilt(description: "\(name) is not built beside \(runner.path); run `swift build --build-tests`")
    }
}
