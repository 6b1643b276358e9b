import Foundation
import PhotoPreflight

/// A path given to `upload` that cannot be used, or no photos at all.
public struct UploadInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
}

/// Turns `upload`'s `PATH...` arguments into photo files with ``PhotoCollector``, so `upload DIR` takes
/// exactly the files `check DIR` takes: named files always, folders recursively by image-like extension
/// (any case), hidden files and folders skipped, each folder visited once even through symbolic links.
public enum UploadPhotoSelection {
    /// The photos under `paths`, in the order given and by name within folders.
    ///
    /// - Throws: ``UploadInputError`` for the first path that does not exist, or when nothing is found.
    public static func files(_ paths: [String]) throws(UploadInputError) -> [URL] {
        let (files, problems) = PhotoCollector().collect(paths)
        if let problem = problems.first { throw UploadInputError(description: problem.description) }
        guard !files.isEmpty else { throw UploadInputError(description: "no photos found") }
        return files.map(\.url)
    }
}
