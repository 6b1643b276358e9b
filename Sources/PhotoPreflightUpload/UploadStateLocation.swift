import Foundation
import HeyGen

/// Where an upload run keeps its state: the state file, and the `fixed/` copies beside it.
public struct UploadStateLocation: Sendable, Equatable {
    /// The resumable state file (``UploadManifest``).
    public var stateFile: URL
    /// Where `--fix` writes the fixed copies it uploads: `fixed/` in the state file's folder.
    public var fixedFolder: URL { stateFile.deletingLastPathComponent().appendingPathComponent("fixed") }

    /// `explicit` (`--state`) when given, else `.photo-preflight/uploads.json` in the folder of the first photo.
    public init(explicit: String?, photos: [URL]) {
        if let explicit {
            stateFile = URL(fileURLWithPath: explicit)
        } else {
            let folder = photos.first?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")
            stateFile = folder.appendingPathComponent(".photo-preflight/uploads.json")
        }
    }

    /// Opens (or starts) the state file for `groupName` on `api`.
    ///
    /// - Throws: ``ManifestError/mismatch(_:)`` when the file belongs to another group or API generation
    ///   (the user picks another file with `--state`), ``ManifestError/unreadable(path:reason:)`` when it
    ///   is not a manifest.
    public func openStore(api: APIVersion, groupName: String) throws -> ManifestStore {
        try ManifestStore(url: stateFile, api: api, groupName: groupName)
    }
}
