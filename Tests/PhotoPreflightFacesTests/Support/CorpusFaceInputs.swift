import Foundation
import PhotoPreflight
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

    /// The working buffer: the photo decoded once by the core's decoder, upright, gray, area-averaged to
    /// `FaceWorkingResolution.workingSize`, exactly as `check` hands it to the face check.
    func load() throws -> WorkingImage {
        let bytes = [UInt8](try Data(contentsOf: file))
        let decoded = try ImageDecoder.decode(
            bytes,
            request: DecodeRequest(minimumShortSide: 512, maximumScaleDenominator: 2, layout: .gray, fastIDCT: true))
        let upright = decoded.raster.applying(decoded.header.orientation ?? .up)
        let size = FaceWorkingResolution.workingSize(width: originalWidth, height: originalHeight)
        let working = upright.areaResized(width: size.width, height: size.height)
        return WorkingImage(
            width: working.width, height: working.height, pixels: working.pixels,
            scaleToOriginal: Double(originalWidth) / Double(working.width))
    }
}

/// Finds the shared corpus and lists the photos of its manifest that decode and have counted faces.
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

    /// Manifest verdicts of photos that decode (whatever else is wrong with them).
    private static let decodableVerdicts = ["pass", "warn:", "fail:too_small"]

    private static func prepare() -> Result<[CorpusPhoto], Unavailable> {
        let environment = ProcessInfo.processInfo.environment["PHOTO_PREFLIGHT_CORPUS"]
        let candidates = [environment, packageRoot.path + "/../shared/corpus"].compactMap { $0 }
        guard let corpus = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/MANIFEST.tsv") })
        else {
            return .failure(
                Unavailable(
                    description: "corpus not found (looked in \(candidates.joined(separator: ", "))); "
                        + "set PHOTO_PREFLIGHT_CORPUS to run the corpus face tests"))
        }
        guard let text = try? String(contentsOfFile: corpus + "/MANIFEST.tsv", encoding: .utf8) else {
            return .failure(Unavailable(description: "cannot read \(corpus)/MANIFEST.tsv"))
        }
        let lines = text.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return .failure(Unavailable(description: "empty MANIFEST.tsv")) }
        let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        let photos = lines.dropFirst().compactMap { row -> CorpusPhoto? in
            func field(_ name: String) -> String { column[name].flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            let expected = field("expected")
            guard ["jpeg", "png"].contains(field("format_by_content")), let faces = Int(field("faces")),
                let width = Int(field("oriented_width")), let height = Int(field("oriented_height")),
                decodableVerdicts.contains(where: { expected.hasPrefix($0) }),
                // Files the manifest allows to count as corrupt (e.g. an ancillary-chunk CRC error) are
                // corrupt to this decoder, which treats every CRC error as damage.
                field("alt_ok") != "fail:corrupt"
            else { return nil }
            return CorpusPhoto(
                source: field("path"), originalWidth: width, originalHeight: height, faces: faces, expected: expected,
                file: URL(fileURLWithPath: corpus).appendingPathComponent(field("path")))
        }
        return photos.isEmpty
            ? .failure(Unavailable(description: "no decodable photos in the manifest")) : .success(photos)
    }
}
