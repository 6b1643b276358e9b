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
}

/// Something wrong with a path given on the command line.
public struct CollectionProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Expands files and folders into the photos to check.
///
/// Named files are always taken. Folders are walked recursively, taking files with image-like extensions
/// (case-insensitive), or every file with `includeAllFiles`. Hidden files and folders are skipped; each
/// folder is visited once even through symbolic links, so link loops end.
public struct PhotoCollector: Sendable {
    /// Take every regular file in folders, not only image-like ones.
    public var includeAllFiles = false

    public init(includeAllFiles: Bool = false) {
        self.includeAllFiles = includeAllFiles
    }

    /// The photos under `paths`, in the order given and sorted by name within folders, plus problems with
    /// paths that do not exist.
    public func collect(_ paths: [String]) -> (files: [PhotoFile], problems: [CollectionProblem]) {
        var files: [PhotoFile] = []
        var problems: [CollectionProblem] = []
        var visited = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(CollectionProblem(path: path, reason: "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            if isDirectory.boolValue {
                walk(url, displayPrefix: path, relativePrefix: "", visited: &visited, into: &files)
            } else {
                files.append(PhotoFile(url: url, displayPath: path, relativePath: url.lastPathComponent))
            }
        }
        return (files, problems)
    }

    private func walk(
        _ folder: URL, displayPrefix: String, relativePrefix: String, visited: inout Set<String>,
        into files: inout [PhotoFile]
    ) {
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let display = displayPrefix.hasSuffix("/") ? displayPrefix + name : displayPrefix + "/" + name
            let relative = relativePrefix.isEmpty ? name : relativePrefix + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(url, displayPrefix: display, relativePrefix: relative, visited: &visited, into: &files)
            } else if includeAllFiles || ImageFormat.imageLikeExtensions.contains(url.pathExtension.lowercased()) {
                files.append(PhotoFile(url: url, displayPath: display, relativePath: relative))
            }
        }
    }
}
