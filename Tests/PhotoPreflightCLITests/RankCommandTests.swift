import Foundation
import Testing

/// `photo-preflight rank` end to end: photos best first with score and main reason, passing before failing.
/// The fixtures have no real face, so the face rules are off (`RankDegradationTests` ranks real portraits).
struct RankCommandTests {
    private let photos = ["fail/blurry.jpg", "pass/portrait.jpg", "fail/png-named.jpg", "fail/too-small.jpg"].map(
        CLIRunner.fixture)

    @Test func textListsPassingPhotosFirstWithScoreAndReason() throws {
        let result = try CLIRunner.run(["rank", "--no-face-check"] + photos)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(result.stdout)")
        let passing = lines.prefix(2), failing = lines.dropFirst(2).prefix(2)
        #expect(passing.allSatisfy { $0.contains("PASS") || $0.contains("WARN") }, "\(result.stdout)")
        #expect(failing.allSatisfy { $0.contains("FAIL") }, "\(result.stdout)")
        #expect(lines[0].hasPrefix("1.") && lines[0].hasSuffix("pass/portrait.jpg  passes"), "\(lines[0])")
        #expect(lines[1].hasSuffix("format: extension .jpg does not match the PNG content; rename it"))
        #expect(failing.contains { $0.hasSuffix("blurry: sharpness 2 (below 40) in the whole frame") })
        #expect(lines.last == "4 photos ranked: 2 passing, 2 failing")
    }

    @Test func jsonGivesScoresAndComponentsBestFirst() throws {
        let result = try CLIRunner.run(["rank", "--no-face-check", "--format", "json"] + photos)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ranked = try #require(json["photos"] as? [[String: Any]])
        #expect(ranked.map { $0["rank"] as? Int } == [1, 2, 3, 4])
        let scores = ranked.compactMap { $0["score"] as? Double }
        #expect(scores.count == 4 && scores[0] > scores[1] && scores[1] > 20 && scores[2] <= 20 && scores[3] <= 20)
        let components = try #require(ranked[0]["scoreComponents"] as? [[String: Any]])
        #expect(components.map { $0["id"] as? String }.contains("exposure"))
        #expect(ranked[0]["reason"] as? String == "passes")
    }

    @Test func aMissingPathIsAUsageError() throws {
        let result = try CLIRunner.run(["rank", "--no-face-check", "/nonexistent/photo.jpg"])
        #expect(result.status == 2)
    }

    @Test func checkShowsTheScoreInTextAndJSON() throws {
        let text = try CLIRunner.run(["check", "--no-face-check", CLIRunner.fixture("pass/portrait.jpg")])
        #expect(text.stdout.contains(", score "), "\(text.stdout)")
        let json = try CLIRunner.run([
            "check", "--no-face-check", "--format", "json", CLIRunner.fixture("pass/portrait.jpg"),
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect((file["score"] as? Double).map { (0...100).contains($0) } == true)
        let components = try #require(file["scoreComponents"] as? [[String: Any]])
        #expect(components.count == 8)
        #expect(components.allSatisfy { $0["weight"] is Double || $0["weight"] is Int })
    }
}
