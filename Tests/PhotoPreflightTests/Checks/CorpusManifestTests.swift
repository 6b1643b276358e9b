import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// The shared real-world corpus (../shared/corpus), when present: hard facts must match exactly, verdicts
/// leniently as its README describes (expected, alt_ok, or a fail whose reason is in all_reasons).
struct CorpusManifestTests {
    static let rows: [[String: String]] = {
        guard let corpus = RepositoryPaths.corpus else { return [] }
        return (try? readTSV(corpus.appendingPathComponent("MANIFEST.tsv"))) ?? []
    }()

    /// Our rule ids in the corpus's reason vocabulary.
    static let reasonForRule: [String: String] = [
        "format": "unsupported_format", "corrupt": "corrupt", "too-small": "too_small",
        "too-large": "too_large_bytes", "too-dark": "too_dark", "too-bright": "too_bright", "blurry": "blurry",
        "too-many-pixels": "too_many_pixels", "low-contrast": "low_contrast", "unreadable": "unreadable",
    ]

    static func verdict(of report: PhotoReport) -> String {
        let reason = { (finding: Finding) in reasonForRule[finding.rule.rawValue] ?? finding.rule.rawValue }
        if let error = report.findings.first(where: { $0.severity == .error }) { return "fail:" + reason(error) }
        if let warning = report.findings.first { return "warn:" + reason(warning) }
        return "pass"
    }

    @Test func corpusIsPresentOrSkippedVisibly() {
        if RepositoryPaths.corpus == nil {
            print("note: ../shared/corpus not found beside the checkout; corpus tests are skipped")
        } else {
            #expect(Self.rows.count == 123)
        }
    }

    @Test(
        .enabled(if: RepositoryPaths.corpus != nil, "../shared/corpus not found beside the checkout"),
        arguments: rows.map { $0["path"] ?? "" })
    func corpusFileMatchesManifest(path: String) throws {
        let corpus = try #require(RepositoryPaths.corpus)
        let row = try #require(Self.rows.first { $0["path"] == path })
        let url = corpus.appendingPathComponent(path)
        // A damaged checkout shows up as such, not as a tool failure.
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
        try #require(size == Int(row["bytes"] ?? ""), "corpus file \(path) has an unexpected size")

        let report = Preflight().check(fileAt: url, displayPath: path)
        let got = Self.verdict(of: report)
        let expected = row["expected"] ?? "", alternative = row["alt_ok"] ?? ""
        let reasons = Set((row["all_reasons"] ?? "").split(separator: ";").map(String.init))
        var acceptable = got == expected || got == alternative
        if got.hasPrefix("fail:") {
            let reason = String(got.dropFirst(5))
            acceptable = acceptable || reasons.contains(reason)
            // "not an image" is our format rule's error too.
            acceptable = acceptable || (reason == "unsupported_format" && expected == "fail:not_image")
        }
        #expect(
            acceptable,
            "\(path): got \(got), expected \(expected) (alt \(alternative)); \(report.findings.map(\.message))")

        let content = row["format_by_content"] ?? ""
        if content == "jpeg" || content == "png" {
            #expect(report.format == content)
        }
        if content == "corrupt" { #expect(report.has("corrupt")) }
        if let width = Int(row["width"] ?? ""), let height = Int(row["height"] ?? ""), report.width != nil {
            #expect(report.width == width && report.height == height, "\(path) size")
        }
        if content == "jpeg" || content == "png", let orientation = Int(row["exif_orientation"] ?? ""),
            report.findings.allSatisfy({ $0.rule != "corrupt" })
        {
            #expect(report.orientation == max(1, orientation), "\(path) orientation")
        }
        if expected == "pass", let width = Int(row["oriented_width"] ?? ""),
            let height = Int(row["oriented_height"] ?? "")
        {
            #expect(report.displayWidth == width && report.displayHeight == height, "\(path) upright size")
        }
    }
}
