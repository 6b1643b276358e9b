import Foundation
import TestSupport
import Testing

/// `fix --frame` through the CLI: the crop box in the JSON and text output, the notice when there is no
/// face, and the usage error without the face check.
struct FrameCommandTests {
    private func files(_ result: CLIResult) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["files"] as? [[String: Any]])
    }

    @Test func frameNeedsTheFaceCheck() throws {
        let out = try RepositoryPaths.temporaryFolder("frame-cli")
        let result = try CLIRunner.run([
            "fix", "--frame", "--no-face-check", "--out", out.path, CLIRunner.fixture("pass/portrait.jpg"),
        ])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--frame needs the face check"))
    }

    @Test func aPhotoWithoutAFaceIsCopiedUncroppedWithANotice() throws {
        let out = try RepositoryPaths.temporaryFolder("frame-cli")
        let text = try CLIRunner.run(["fix", "--frame", "--out", out.path, CLIRunner.fixture("pass/portrait.jpg")])
        #expect(text.stdout.contains("• not framed: no face found"), "\(text.stdout)")
        let json = try CLIRunner.run([
            "fix", "--frame", "--dry-run", "--format", "json", "--out", out.path,
            CLIRunner.fixture("pass/portrait.jpg"),
        ])
        let file = try #require(try files(json).first)
        let framing = try #require(file["framing"] as? [String: Any])
        #expect(framing["crop"] == nil)
        #expect(framing["detail"] as? String == "not framed: no face found")
    }

    @Test func withoutFrameThereIsNoFramingInTheReport() throws {
        let out = try RepositoryPaths.temporaryFolder("frame-cli")
        let json = try CLIRunner.run([
            "fix", "--no-face-check", "--dry-run", "--format", "json", "--out", out.path,
            CLIRunner.fixture("pass/portrait.jpg"),
        ])
        let file = try #require(try files(json).first)
        #expect(file["framing"] == nil)
    }

    @Test(.enabled(if: RepositoryPaths.corpus != nil, "needs ../shared/corpus"))
    func aRealPortraitIsCroppedAndItsCopyPassesTheFaceRules() throws {
        let photo = try #require(RepositoryPaths.corpus).appendingPathComponent("portrait/facerec-obama.jpg").path
        let out = try RepositoryPaths.temporaryFolder("frame-cli")
        let result = try CLIRunner.run(["fix", "--frame", "--format", "json", "--out", out.path, photo])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let file = try #require(try files(result).first)
        let framing = try #require(file["framing"] as? [String: Any])
        let crop = try #require(framing["crop"] as? [String: Int])
        let (x, y, width, height) = (crop["x"] ?? -1, crop["y"] ?? -1, crop["width"] ?? 0, crop["height"] ?? 0)
        // The 268 px face at (345, 139) with its margins stays whole; the frame is 3:4, at least 512 px across.
        #expect(x >= 0 && y >= 0 && x + width <= 910 && y + height <= 1137)
        #expect(Double(x) <= 345 - 0.15 * 268 && Double(x + width) >= 613 + 0.15 * 268)
        #expect(Double(y) <= 139 - 0.4 * 268 && Double(y + height) >= 407 + 0.15 * 268)
        #expect(width >= 512 && abs(Double(width) - 0.75 * Double(height)) <= 1)
        let after = try #require(file["after"] as? [String: Any])
        #expect(after["width"] as? Int == width && after["height"] as? Int == height)

        let output = try #require(file["output"] as? String)
        let check = try CLIRunner.run(["check", "--format", "json", output])
        #expect(check.status == 0, "\(check.stdout)")
        let text = try CLIRunner.run(["fix", "--frame", "--dry-run", "--out", out.path, photo])
        #expect(text.stdout.contains("• cropped to \(width)×\(height) at (\(x), \(y)) around the face"))
    }
}
