import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// The pre-commit framework hands the hook only files matching `.pre-commit-hooks.yaml`'s `files:`; it must
/// match every extension `check` treats as image-like, so a staged WebP or HEIC is refused, not ignored.
struct PreCommitHookPatternTests {
    /// The `files:` regular expression of the hook definition.
    static func filesPattern() throws -> NSRegularExpression {
        let yaml = try String(
            contentsOf: RepositoryPaths.repository.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let line = try #require(
            yaml.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("files:") })
        let value = line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
        #expect(value.hasPrefix("'") && value.hasSuffix("'"), "expected a single-quoted pattern: \(value)")
        return try NSRegularExpression(pattern: String(value.dropFirst().dropLast()))
    }

    static func matches(_ pattern: NSRegularExpression, _ name: String) -> Bool {
        pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
    }

    @Test func filesPatternMatchesEveryImageLikeExtensionInAnyCase() throws {
        let pattern = try Self.filesPattern()
        for ext in ImageFormat.imageLikeExtensions.sorted() {
            #expect(Self.matches(pattern, "photos/me.\(ext)"), "\(ext)")
            #expect(Self.matches(pattern, "photos/ME.\(ext.uppercased())"), "\(ext.uppercased())")
        }
    }

    @Test func filesPatternLeavesOtherFilesOut() throws {
        let pattern = try Self.filesPattern()
        for name in ["README.txt", "photo.jpg.txt", "notes.pdf", "profile.icc", "Makefile", "jpg"] {
            #expect(!Self.matches(pattern, name), "\(name)")
        }
    }
}
