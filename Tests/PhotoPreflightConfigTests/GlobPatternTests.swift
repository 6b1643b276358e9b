import PhotoPreflightConfig
import Testing

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("*.jpg", "a/b/c.jpg", true), ("*.jpg", "c.png", false), ("photos/**", "photos/x/y.jpg", true),
        ("photos/**", "other/photos/y.jpg", false), ("**/drafts/**", "a/drafts/b.jpg", true),
        ("**/drafts/**", "drafts/b.jpg", true), ("a/*.jpg", "a/b/c.jpg", false), ("./a/?.png", "a/x.png", true),
        ("[ab].jpg", "b.jpg", true), ("[ab].jpg", "c.jpg", false),
    ])
    func matchesLikeGitignore(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }
}
