import Foundation
import PhotoPreflight

/// The photos `fix` takes from the paths named, with the relative paths their copies get under `--out`.
enum FixInputs {
    /// The photos under `paths`. With one path named, a folder's contents keep their paths relative to
    /// it; with several, each folder's name becomes a subfolder, so two named folders never mix. A named
    /// file keeps its file name. With `shard`, only its share, chosen by the path relative to the folder as
    /// `check --shard` chooses it (before the folder name is prefixed), so both commands take the same photos.
    static func collect(_ paths: [String], includeAllFiles: Bool, shard: Shard? = nil) -> PhotoCollection {
        let collector = PhotoCollector(includeAllFiles: includeAllFiles)
        func collect(_ paths: [String]) -> PhotoCollection {
            var found = collector.collect(paths)
            if let shard { found.files = shard.select(found.files) }
            return found
        }
        guard paths.count > 1 else { return collect(paths) }
        var collection = PhotoCollection()
        for path in paths {
            let found = collect([path])
            collection.problems += found.problems
            collection.skipped += found.skipped
            var isDirectory: ObjCBool = false
            let isFolder =
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            let folderName = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            collection.files += found.files.map { file in
                var file = file
                if isFolder { file.relativePath = folderName + "/" + file.relativePath }
                return file
            }
        }
        return collection
    }
}
