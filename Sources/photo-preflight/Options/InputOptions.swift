import ArgumentParser
import Foundation
import PhotoPreflight
import PhotoPreflightConfig

/// Which photos `check` takes: paths, or what git reports as added or modified.
struct InputOptions: ParsableArguments {
    @Argument(
        help: """
            Photos and folders to check (with --staged or --changed-since: limit to these paths). Named files \
            are checked whatever their extension and the config's include, but its exclude leaves them out \
            with a notice.
            """)
    var paths: [String] = []

    @Flag(
        help: """
            Check the images staged in git (added or modified): their staged content, even when the working \
            copy differs or is deleted, e.g. in a pre-commit hook.
            """)
    var staged = false

    @Option(
        help: ArgumentHelp(
            """
            Check the images added or modified between the merge base of REV and HEAD, e.g. origin/main: \
            their content committed in HEAD (what a pull request adds), not uncommitted changes.
            """,
            valueName: "rev"))
    var changedSince: String?

    @Flag(help: "In folders and git changes, take every file, not only image-like extensions.")
    var allFiles = false

    func validate() throws {
        if staged && changedSince != nil { throw ValidationError("--staged and --changed-since cannot be combined") }
        if paths.isEmpty && !staged && changedSince == nil {
            throw ValidationError("give at least one photo or folder, or --staged or --changed-since")
        }
    }

    /// What to check: the photos, filtered by the config's include/exclude globs, problems with the paths,
    /// and notices of what was left out; for git scopes, the temporary copies of git's content to remove.
    struct Selection {
        var collection: PhotoCollection
        var snapshot: GitChanges.Snapshot?
    }

    /// The photos to check. Named files skip the config's `include` but not its `exclude`; a named path
    /// left out (excluded, or a folder with no photo taken) gets a notice in `skipped`.
    func collect(config: ConfigFile) throws(GitError) -> Selection {
        let collector = PhotoCollector(includeAllFiles: allFiles)
        if let scope {
            let snapshot = try GitChanges.snapshot(scope, pathspecs: paths) { path in
                allFiles || ImageFormat.imageLikeExtensions.contains((path as NSString).pathExtension.lowercased())
            }
            let files = snapshot.files.filter { config.selects(absolutePath: $0.workingPath, named: false) }.map {
                let display = Self.relativeToWorkingFolder($0.workingPath)
                return PhotoFile(url: $0.copy, displayPath: display, relativePath: display)
            }
            return Selection(collection: PhotoCollection(files: files), snapshot: snapshot)
        }
        var collection = collector.collect(paths)
        let named = Set(paths.filter { !Self.isFolder($0) })
        let taken = collection.files.filter { file in
            config.selects(absolutePath: file.url.standardizedFileURL.path, named: named.contains(file.displayPath))
        }
        let excludedNames = Set(collection.files.map(\.displayPath)).subtracting(taken.map(\.displayPath))
        for path in paths where named.contains(path) && excludedNames.contains(path) {
            let file = config.source?.path ?? ConfigFile.fileName
            collection.skipped.append(SkippedPath(path: path, reason: "excluded by the exclude globs of \(file)"))
        }
        let unreadable = Set(collection.problems.map(\.path))
        for path in paths where Self.isFolder(path) && !unreadable.contains(path) {
            let prefix = path.hasSuffix("/") ? path : path + "/"
            guard !taken.contains(where: { $0.displayPath.hasPrefix(prefix) }) else { continue }
            collection.skipped.append(SkippedPath(path: path, reason: "no photos found in this folder"))
        }
        collection.files = taken
        return Selection(collection: collection, snapshot: nil)
    }

    private var scope: GitChanges.Scope? {
        if staged { return .staged }
        return changedSince.map { .since(revision: $0) }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `path` relative to the working folder when inside it, else unchanged.
    private static func relativeToWorkingFolder(_ path: String) -> String {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let prefix = here.hasSuffix("/") ? here : here + "/"
        return resolved.hasPrefix(prefix) ? String(resolved.dropFirst(prefix.count)) : path
    }
}
