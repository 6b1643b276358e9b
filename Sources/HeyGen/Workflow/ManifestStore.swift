import Foundation
internal import PreflightSupport

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
///
/// ``update(_:)`` returns only once a write containing the change is on disk. Changes that arrive while a
/// write is running share the next write (group commit), so concurrent steps do not queue one fsync each.
public actor ManifestStore {
    /// Where the manifest lives.
    public nonisolated let url: URL
    private(set) var manifest: UploadManifest
    private var changedVersion = 0
    private var savedVersion = 0
    private var writing: (id: Int, version: Int, task: Task<Void, any Error>)?
    private var writeCount = 0

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
        } catch is DecodingError {
            throw ManifestError.unreadable(
                path: url.path, reason: "it is not a photo-preflight state file (damaged?); move it aside to start over"
            )
        } catch {
            throw ManifestError.unreadable(path: url.path, reason: error.localizedDescription)
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

    /// Applies `change`, then returns once the change is saved.
    @discardableResult
    public func update<T: Sendable>(_ change: (inout UploadManifest) -> T) async throws -> T {
        let result = change(&manifest)
        changedVersion += 1
        try await saved(through: changedVersion)
        return result
    }

    /// Applies `change` to the record of `sha256` (if it exists), then returns once it is saved.
    public func updatePhoto(_ sha256: String, _ change: (inout PhotoRecord) -> Void) async throws {
        try await update { manifest in
            if var record = manifest.photos[sha256] {
                change(&record)
                manifest.photos[sha256] = record
            }
        }
    }

    private func saved(through version: Int) async throws {
        while savedVersion < version {
            if let current = writing {
                defer { if writing?.id == current.id { writing = nil } }
                do {
                    try await current.task.value
                } catch {
                    throw ManifestError.writeFailed(
                        path: url.path, reason: (error as? FileWriteError)?.reason ?? "\(error)")
                }
                savedVersion = max(savedVersion, current.version)
                continue
            }
            let snapshot = manifest
            let url = self.url
            writeCount += 1
            writing = (writeCount, changedVersion, Task.detached { try Self.write(snapshot, to: url) })
        }
    }

    private static func write(_ manifest: UploadManifest, to url: URL) throws {
        try AtomicFileWriter.write(try JSONCoding.encoder(pretty: true).encode(manifest), to: url, permissions: 0o600)
    }
}
