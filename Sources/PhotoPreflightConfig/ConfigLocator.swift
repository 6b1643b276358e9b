import Foundation

/// Finds the config file that applies to a folder: `.photo-preflight.yml` in it or the nearest parent.
public enum ConfigLocator {
    /// The nearest `.photo-preflight.yml` at or above `folder`, or nil when there is none up to the root.
    public static func find(from folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(ConfigFile.fileName)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                return candidate
            }
            let parent = current.deletingLastPathComponent().standardizedFileURL
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
