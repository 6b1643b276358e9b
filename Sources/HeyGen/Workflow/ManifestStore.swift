import Foundation

/// Errors about the state file.
public enum ManifestError: Error, Sendable, CustomStringConvertible {
    /// The file exists but is not a readable manifest.
    case unreadable(path: String, reason: String)
    /// The file belongs to another group or API version.
    case mismatch(String)
    /// Writing failed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "state file \(path) is unreadable: \(reason)"
        case .mismatch(let text): text
        case .writeFailed(let path, let reason): "cannot write state file \(path): \(reason)"
        }
    }
}

/// Owns the manifest and writes it atomically (temp file in the same folder, fsync, rename) after every change.
public actor ManifestStore {
    /// Where the manifest lives.
    public nonisolated let url: URL
    private(set) var manifest: UploadManifest

    /// Loads `url`, or starts a new manifest. Throws if the file belongs to another group or API.
    public init(url: URL, api: APIVersion, groupName: String) throws {
        self.url = url
        guard FileManager.default.fileExists(atPath: url.path) else {
            manifest = UploadManifest(api: api, groupName: groupName)
            return
        }
        let loaded: UploadManifest
        do {
            loaded = try JSONDecoder().decode(UploadManifest.self, from: Data(contentsOf: url))
        } catch {
            throw ManifestError.unreadable(path: url.path, reason: "\(error)")
        }
        guard loaded.groupName == groupName, loaded.api == api else {
            throw ManifestError.mismatch(
                "state file \(url.path) belongs to group \"\(loaded.groupName)\" on \(loaded.api.rawValue); "
                    + "use --state to pick another file")
        }
        manifest = loaded
    }

    /// The current manifest.
    public var current: UploadManifest { manifest }

    /// Applies `change` and saves.
    @discardableResult
    public func update<T: Sendable>(_ change: (inout UploadManifest) -> T) throws -> T {
        let result = change(&manifest)
        try save()
        return result
    }

    /// Applies `change` to the record of `sha256` (which must exist) and saves.
    public func updatePhoto(_ sha256: String, _ change: (inout PhotoRecord) -> Void) throws {
        try update { manifest in
            if var record = manifest.photos[sha256] {
                change(&record)
                manifest.photos[sha256] = record
            }
        }
    }

    private func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try AtomicFile.write(try encoder.encode(manifest), to: url)
        } catch {
            throw ManifestError.writeFailed(path: url.path, reason: "\(error)")
        }
    }
}
