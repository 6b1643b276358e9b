import Foundation
import PhotoPreflight
import Testing

/// `rank` orders a degraded copy of a real portrait (blurred, over- or under-exposed, shrunk, cropped
/// off-centre) below its original in at least 95 % of pairs. The portraits: the corpus' one-face photos that
/// decode and pass or warn, plus the bundled `Fixtures/pass/portrait.*` (no real face: checked without the
/// face check, and not cropped).
@Suite struct RankDegradationTests {
    /// Long side the originals are brought to first (both sides of each pair have it, keeping the test fast).
    private static let longSide = 1200

    private struct Pair: Sendable {
        var name: String
        var original: PhotoReport
        var degraded: PhotoReport
    }

    /// The portraits with the check each is ranked by: the fixtures, which have no real face, without the face
    /// check (as the README checks them); the corpus portraits with it.
    private static func portraits(faceCheck: Preflight) -> [(URL, Preflight)] {
        let fixtures = ["portrait.jpg", "portrait.png"].map {
            CorpusFaceInputs.packageRoot.appendingPathComponent("Fixtures/pass").appendingPathComponent($0)
        }
        let corpus = CorpusFaceInputs.photos(where: {
            $0.faces == 1 && ($0.expected == "pass" || $0.expected.hasPrefix("warn:"))
        })
        return fixtures.map { ($0, Preflight()) } + corpus.map { ($0.file, faceCheck) }
    }

    @Test func degradedCopiesRankBelowTheirOriginals() async throws {
        var configuration = PreflightConfiguration()
        configuration.faceDetector = try SharedDetector.detector.get()
        let portraits = Self.portraits(faceCheck: Preflight(configuration: configuration))
        let pairs = try await withThrowingTaskGroup(of: [Pair].self) { group in
            for (url, preflight) in portraits { group.addTask { try Self.pairs(for: url, preflight: preflight) } }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let misordered = pairs.filter { !PhotoRanking.isBetter($0.original, than: $0.degraded) }
        let share = Double(pairs.count - misordered.count) / Double(max(1, pairs.count))
        let details = misordered.map {
            "\($0.name): original \($0.original.score ?? -1) \($0.original.verdict), "
                + "degraded \($0.degraded.score ?? -1) \($0.degraded.verdict)"
        }
        #expect(pairs.count >= 8)
        #expect(share >= 0.95, "\(misordered.count) of \(pairs.count) misordered: \(details)")
    }

    /// The original (brought to ``longSide``) and each degraded copy, checked.
    private static func pairs(for url: URL, preflight: Preflight) throws -> [Pair] {
        let bytes = [UInt8](try Data(contentsOf: url))
        let decoded = try ImageDecoder.decode(bytes, request: DecodeRequest(layout: .gray))
        let upright = decoded.raster.applying(decoded.header.orientation ?? .up)
        let base = max(upright.width, upright.height) > longSide ? upright.downscaled(toFit: longSide) : upright
        let original = preflight.check(bytes: try ImageEncoder.png(base), name: "original.png")
        let face = original.faces?.first.map { $0.x + $0.width / 2 }
        return try Degradation.allCases.compactMap { degradation in
            if degradation == .offCentreCrop && face == nil { return nil }
            let copy = degradation.apply(to: base, faceCentreX: face)
            let degraded = preflight.check(bytes: try ImageEncoder.png(copy), name: "degraded.png")
            return Pair(
                name: "\(url.lastPathComponent) \(degradation.rawValue)", original: original, degraded: degraded)
        }
    }
}
