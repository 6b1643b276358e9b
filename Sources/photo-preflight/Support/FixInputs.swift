import Foundation
import PhotoPreflight

/// The photos `fix` takes from the paths named, with the relative paths their copies get under `--out`.
enum FixInputs {
    /// The photos under `paths`. With one path named, a folder's contents keep their paths relative to
    /// it; with several, each folder's name becomes a subfolder, so two named folders never mix. A named
    /// file keeps its file name.
    static func collect(
        _ paths: [String], includeAllFiles: Bool
    ) -> (files: [PhotoFile], problems: [CollectionProblem]) {
        let collector = PhotoCollector(includeAllFiles: includeAllFiles)
        guard paths.count > 1 else { return collector.collect(paths) }
        var files: [PhotoFile] = []
        var problems: [CollectionProblem] = []
        for path in paths {
            let found = collector.collect([path])
            problems += found.problems
            var isDirectory: ObjCBool = false
            let isFolder =
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            let folderName = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            files += found.files.map { file in
                var file = file
                if isFolder { file.relativePath = folderName + "/" + file.relativePath }
                return file
            }
        }
        return (files, problems)
    }
}
