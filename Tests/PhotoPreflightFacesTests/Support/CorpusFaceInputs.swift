import Foundation
import Testing

/// One corpus photo prepared as a face working buffer, with the facts the manifest states about it.
struct CorpusPhoto: Sendable, CustomTestStringConvertible {
    /// Path inside the corpus, e.g. `portrait/facerec-obama.jpg`.
    let source: String
    let originalWidth: Int
    let originalHeight: Int
    /// Hand-counted faces (manifest `faces` column).
    let faces: Int
    /// Manifest verdict, e.g. `pass` or `fail:too_small`.
    let expected: String
    let file: URL

    var testDescription: String { source }

    /// The working buffer. This is the one place to swap for the core's decoder once it is merged: decode
    /// `corpus/source` once, upright, gray, at `FaceWorkingResolution.workingSize`.
    func load() throws -> WorkingImage {
        let image = try PGMReader.read(file, scaleToOriginal: 1)
        return WorkingImage(
            width: image.width, height: image.height, pixels: image.pixels,
            scaleToOriginal: Double(originalWidth) / Double(image.width))
    }
}

/// Finds the shared corpus and runs `scripts/make-face-test-inputs` once per test process.
enum CorpusFaceInputs {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Why corpus tests are skipped, or `nil` if the inputs are ready.
    static var unavailableReason: String? {
        if case .failure(let reason) = prepared { return reason.description }
        return nil
    }

    /// All prepared photos (empty when unavailable).
    static var photos: [CorpusPhoto] {
        (try? prepared.get()) ?? []
    }

    /// Photos matching a manifest condition.
    static func photos(where condition: (CorpusPhoto) -> Bool) -> [CorpusPhoto] {
        photos.filter(condition)
    }

    /// The prepared photo for a corpus path, if present.
    static func photo(_ source: String) -> CorpusPhoto? {
        photos.first { $0.source == source }
    }

    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    private static let prepared: Result<[CorpusPhoto], Unavailable> = prepare()

    private static func prepare() -> Result<[CorpusPhoto], Unavailable> {
        let environment = ProcessInfo.processInfo.environment["PHOTO_PREFLIGHT_CORPUS"]
        let candidates = [environment, "/work/shared/corpus", packageRoot.path + "/../shared/corpus"].compactMap { $0 }
        guard let corpus = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/MANIFEST.tsv") })
        else {
            return .failure(
                Unavailable(
                    description: "corpus not found (looked in \(candidates.joined(separator: ", "))); "
                        + "set PHOTO_PREFLIGHT_CORPUS to run the corpus face tests"))
        }
        let output = packageRoot.appendingPathComponent(".build/face-test-inputs")
        let script = packageRoot.appendingPathComponent("scripts/make-face-test-inputs")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--corpus", corpus, "--out", output.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return .failure(Unavailable(description: "could not run \(script.path): \(error)"))
        }
        guard process.terminationStatus == 0 else {
            return .failure(
                Unavailable(description: "\(script.path) failed (needs python3 and ImageMagick's convert)"))
        }
        return readIndex(output)
    }

    private static func readIndex(_ folder: URL) -> Result<[CorpusPhoto], Unavailable> {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("index.tsv"), encoding: .utf8) else {
            return .failure(Unavailable(description: "no index.tsv in \(folder.path)"))
        }
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let photos = rows.compactMap { row -> CorpusPhoto? in
            guard row.count == 8, let width = Int(row[2]), let height = Int(row[3]), let faces = Int(row[6]) else {
                return nil
            }
            return CorpusPhoto(
                source: row[1], originalWidth: width, originalHeight: height, faces: faces, expected: row[7],
                file: folder.appendingPathComponent(row[0]))
        }
        return photos.count == rows.count
            ? .success(photos) : .failure(Unavailable(description: "malformed index.tsv in \(folder.path)"))
    }
}
