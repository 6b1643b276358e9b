import Foundation
import PhotoPreflight

/// A path given to `upload` that cannot be used, or no photos at all.
public struct UploadInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
}

/// Turns `upload`'s `PATH...` arguments into photo files with ``PhotoCollector``, so `upload DIR` takes
/// exactly the files `check DIR` takes: named files always, folders recursively by image-like extension
/// (any case), hidden files and folders skipped, symbolic links followed only inside the named folder.
public enum UploadPhotoSelection {
    /// The photos under `paths`, in the order given and by name within folders, and the paths skipped in
    /// folders with the reason (dangling links, loops, links pointing outside the named folder).
    ///
    /// - Throws: ``UploadInputError`` for the first path that does not exist or folder that cannot be read,
    ///   or when nothing is found.
    public static func select(_ paths: [String]) throws(UploadInputError) -> (files: [URL], skipped: [SkippedPath]) {
        let collection = PhotoCollector().collect(paths)
        if let problem = collection.problems.first { throw UploadInputError(description: problem.description) }
        guard !collection.files.isEmpty else { throw UploadInputError(description: "no photos found") }
        return (collection.files.map(\.url), collection.skipped)
    }

    /// The photos under `paths`, as ``select(_:)`` finds them, without the skipped paths.
    public static func files(_ paths: [String]) throws(UploadInputError) -> [URL] {
        try select(paths).files
    }
}
