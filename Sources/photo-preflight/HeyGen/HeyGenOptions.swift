import ArgumentParser
import Foundation
import HeyGen

/// Output format of the HeyGen commands.
enum HeyGenOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension APIVersion: ExpressibleByArgument {}

/// Options shared by every command that talks to HeyGen.
struct HeyGenOptions: ParsableArguments {
    @Option(help: "File holding the API key (default: the HEYGEN_API_KEY environment variable).")
    var apiKeyFile: String?

    @Option(help: "API base URL (env HEYGEN_API_BASE; default https://api.heygen.com).")
    var apiBase: String?

    @Option(help: "Upload base URL for v2 (env HEYGEN_UPLOAD_BASE; default https://upload.heygen.com).")
    var uploadBase: String?

    @Option(help: "HeyGen API generation: v3 or v2 (env PHOTO_PREFLIGHT_HEYGEN_API; default v3).")
    var api: APIVersion?

    @Flag(help: "Log every HTTP attempt to stderr (the API key is redacted).")
    var verbose = false

    @Option(help: "Output format: text or json.")
    var format: HeyGenOutputFormat = .text

    /// The API generation: flag, then environment, then v3 (HeyGen ended v1/v2 on 2026-11-01; see README).
    func apiVersion(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> APIVersion {
        if let api { return api }
        guard let value = environment["PHOTO_PREFLIGHT_HEYGEN_API"], !value.isEmpty else { return .v3 }
        guard let version = APIVersion(rawValue: value) else {
            throw CLIError("PHOTO_PREFLIGHT_HEYGEN_API must be v2 or v3, not \"\(value)\"")
        }
        return version
    }

    /// Reads the key from `--api-key-file` (warning when others may read the file) or `HEYGEN_API_KEY`.
    /// The key is never echoed.
    func apiKey(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> APIKey {
        if let apiKeyFile {
            let (key, warning) = try APIKeyFile.load(apiKeyFile)
            if let warning { Diagnostics.print("warning: \(warning)") }
            return key
        }
        guard let text = environment["HEYGEN_API_KEY"], !text.isEmpty else {
            throw CLIError("no API key: set HEYGEN_API_KEY or pass --api-key-file FILE")
        }
        guard let key = APIKey(text) else {
            throw CLIError("HEYGEN_API_KEY is unusable: \(APIKey.problem(in: text) ?? "invalid")")
        }
        return key
    }

    /// Builds the connection from flags and environment.
    func connection(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> HeyGenConnection {
        func url(_ flag: String?, _ variable: String, _ fallback: URL) throws -> URL {
            guard let text = flag ?? environment[variable], !text.isEmpty else { return fallback }
            guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme) else {
                throw CLIError("\(text) is not an http(s) URL")
            }
            try BaseURLPolicy.check(url)
            return url
        }
        let configuration = HeyGenConfiguration(
            apiKey: try apiKey(environment: environment),
            apiBase: try url(apiBase, "HEYGEN_API_BASE", HeyGenConfiguration.defaultAPIBase),
            uploadBase: try url(uploadBase, "HEYGEN_UPLOAD_BASE", HeyGenConfiguration.defaultUploadBase))
        var log: (@Sendable (String) -> Void)?
        if verbose { log = { line in Diagnostics.print("http: " + line) } }
        return HeyGenConnection(configuration: configuration, log: log)
    }

    /// `error` with what to check: the key's source for a refused key, the URL for a failed connection.
    func explain(_ error: HeyGenError) -> String {
        if error.isAuthenticationFailure {
            let source = apiKeyFile.map { "the key in \($0) (--api-key-file)" } ?? "HEYGEN_API_KEY"
            return "\(error); HeyGen refused the API key: check \(source)"
        }
        if case .transport(.connectFailed) = error {
            let base = (try? connection().configuration.apiBase.absoluteString) ?? apiBase ?? "the API base"
            return "\(error) (API base \(base); set it with --api-base or HEYGEN_API_BASE)"
        }
        return "\(error)"
    }

    /// The HeyGen service of the chosen API generation.
    func service() throws -> any AvatarService {
        try apiVersion().service(connection: try connection())
    }

    /// For `validate()`: refuses, before any request, a `feature` that needs `capability` the chosen API
    /// generation lacks (exit 2, like every HeyGen error).
    func require(_ capability: ServiceCapabilities, for feature: String, message: String? = nil) throws {
        do {
            try apiVersion().require(capability, for: feature, message: message)
        } catch {
            StandardError.error("\(error)")
            throw ExitCode(CLIExit.usage.rawValue)
        }
    }
}
