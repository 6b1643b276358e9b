import ArgumentParser
import Foundation
import PhotoPreflight
import PhotoPreflightConfig

/// Which photos `check` takes: paths, or what git reports as added or modified.
struct InputOptions: ParsableArguments {
    @Argument(help: "Photos and folders to check (with --staged or --changed-since: limit to these paths).")
    var paths: [String] = []

    @Flag(help: "Check the images staged in git (added or modified), e.g. in a pre-commit hook.")
    var staged = false

    @Option(
        help: ArgumentHelp(
            "Check the images added or modified since the merge base of REV and HEAD, e.g. origin/main.",
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

    /// The photos to check, filtered by the config's include/exclude globs, and problems with the paths.
    func collect(config: ConfigFile) throws(GitError) -> (files: [PhotoFile], problems: [CollectionProblem]) {
        let collector = PhotoCollector(includeAllFiles: allFiles)
        if let scope {
            let changed = try GitChanges.files(scope, pathspecs: paths)
            let images = changed.filter { path in
                allFiles || ImageFormat.imageLikeExtensions.contains((path as NSString).pathExtension.lowercased())
            }
            let present = images.filter { FileManager.default.fileExists(atPath: $0) }
            let files = collector.collect(present.map(Self.relativeToWorkingFolder)).files
            return (files.filter { config.selects(absolutePath: $0.url.standardizedFileURL.path, named: false) }, [])
        }
        let (files, problems) = collector.collect(paths)
        let named = Set(paths.filter { !Self.isFolder($0) })
        let selected = files.filter { file in
            config.selects(absolutePath: file.url.standardizedFileURL.path, named: named.contains(file.displayPath))
        }
        return (selected, problems)
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
