import Foundation

/// A photo to check: where it is and how to show its path.
public struct PhotoFile: Sendable, Equatable {
    /// Its location.
    public var url: URL
    /// The path to print: as given for named files, joined under the given folder for found ones.
    public var displayPath: String
    /// The path relative to the folder it was found in (the file name for named files); `fix` keeps this
    /// structure under its output folder.
    public var relativePath: String

    public init(url: URL, displayPath: String, relativePath: String) {
        self.url = url
        self.displayPath = displayPath
        self.relativePath = relativePath
    }
}

/// Something wrong with a path given on the command line, or a folder that cannot be listed: an I/O error.
public struct CollectionProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// A path found in a folder (or named) that was deliberately not taken, and why; a notice, not an error.
public struct SkippedPath: Sendable, Equatable, CustomStringConvertible {
    /// The path as it would have been shown.
    public var path: String
    /// Why it was left out, e.g. "dangling symbolic link".
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): skipped, \(reason)" }
}

/// What ``PhotoCollector`` found: the photos, the paths it could not use (errors), and what it left out.
public struct PhotoCollection: Sendable, Equatable {
    /// The photos, in the order given and sorted by name within folders.
    public var files: [PhotoFile] = []
    /// Named paths that do not exist or are broken links, and folders that cannot be listed.
    public var problems: [CollectionProblem] = []
    /// Symbolic links inside folders that were not followed, with the reason.
    public var skipped: [SkippedPath] = []

    public init(files: [PhotoFile] = [], problems: [CollectionProblem] = [], skipped: [SkippedPath] = []) {
        self.files = files
        self.problems = problems
        self.skipped = skipped
    }
}

/// Expands files and folders into the photos to check.
///
/// Named files are always taken. Folders are walked recursively, taking files with image-like extensions
/// (case-insensitive), or every file with `includeAllFiles`. Hidden files and folders are skipped silently.
/// Symbolic links inside a folder are followed only while they stay inside the named folder; dangling
/// links, link loops, links to a folder already visited and links pointing outside are reported in
/// ``PhotoCollection/skipped``. A folder that cannot be listed is a problem.
public struct PhotoCollector: Sendable {
    /// Take every regular file in folders, not only image-like ones.
    public var includeAllFiles = false

    public init(includeAllFiles: Bool = false) {
        self.includeAllFiles = includeAllFiles
    }

    /// The photos under `paths`, problems with the paths, and what was skipped.
    public func collect(_ paths: [String]) -> PhotoCollection {
        var collection = PhotoCollection()
        var visited = Set<String>()
        for path in paths {
            switch LinkTarget.classify(path) {
            case .missing:
                collection.problems.append(CollectionProblem(path: path, reason: "no such file or folder"))
            case .broken(let reason):
                collection.problems.append(CollectionProblem(path: path, reason: reason))
            case .folder:
                let url = URL(fileURLWithPath: path)
                let root = url.resolvingSymlinksInPath().path
                var walk = FolderWalk(root: root, rootDisplay: path, includeAllFiles: includeAllFiles)
                walk.walk(url, displayPrefix: path, relativePrefix: "", visited: &visited, into: &collection)
            case .file:
                let url = URL(fileURLWithPath: path)
                collection.files.append(PhotoFile(url: url, displayPath: path, relativePath: url.lastPathComponent))
            }
        }
        return collection
    }
}

/// What a path is, following symbolic links.
enum LinkTarget: Equatable {
    case missing
    /// A symbolic link that leads nowhere: dangling, or a loop.
    case broken(reason: String)
    case folder
    case file

    static func classify(_ path: String) -> LinkTarget {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR ? .folder : .file }
        let code = errno
        var linkStatus = stat()
        guard lstat(path, &linkStatus) == 0 else { return .missing }
        if code == ELOOP { return .broken(reason: "symbolic link loop") }
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        return .broken(reason: "dangling symbolic link (to \(destination))")
    }
}

/// One named folder's recursive walk, which never leaves `root`.
private struct FolderWalk {
    /// The named folder, with symbolic links resolved.
    var root: String
    /// The named folder as given, for messages.
    var rootDisplay: String
    var includeAllFiles: Bool

    mutating func walk(
        _ folder: URL, displayPrefix: String, relativePrefix: String, visited: inout Set<String>,
        into collection: inout PhotoCollection
    ) {
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let names = Self.names(in: folder) else {
            let reason = String(cString: strerror(errno))
            collection.problems.append(CollectionProblem(path: displayPrefix, reason: "cannot read folder: \(reason)"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let display = displayPrefix.hasSuffix("/") ? displayPrefix + name : displayPrefix + "/" + name
            let relative = relativePrefix.isEmpty ? name : relativePrefix + "/" + name
            let target = LinkTarget.classify(url.path)
            if case .broken(let reason) = target {
                collection.skipped.append(SkippedPath(path: display, reason: reason))
                continue
            }
            if isSymbolicLink(url) {
                let resolved = url.resolvingSymlinksInPath().path
                if resolved != root && !resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
                    collection.skipped.append(SkippedPath(path: display, reason: "points outside \(rootDisplay)"))
                    continue
                }
                if target == .folder && visited.contains(resolved) {
                    collection.skipped.append(
                        SkippedPath(path: display, reason: "symbolic link to a folder already visited (a loop)"))
                    continue
                }
            }
            switch target {
            case .folder:
                walk(url, displayPrefix: display, relativePrefix: relative, visited: &visited, into: &collection)
            case .file
            where includeAllFiles || ImageFormat.imageLikeExtensions.contains(url.pathExtension.lowercased()):
                collection.files.append(PhotoFile(url: url, displayPath: display, relativePath: relative))
            default:
                continue
            }
        }
    }

    /// The entries of `folder`, or nil with `errno` set when it cannot be listed.
    private static func names(in folder: URL) -> [String]? {
        guard let stream = opendir(folder.path) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private func isSymbolicLink(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
