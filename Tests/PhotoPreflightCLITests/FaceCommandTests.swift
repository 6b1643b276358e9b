import Foundation
import TestSupport
import Testing

/// The face rules through the CLI, on real photos of the shared corpus (skipped when it is absent) and on
/// the synthetic fixtures, which have no face.
struct FaceCommandTests {
    static let corpus: URL? = RepositoryPaths.corpus

    private func json(_ result: CLIResult) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["files"] as? [[String: Any]])
    }

    @Test func aPictureWithoutAFaceFailsNoFace() throws {
        let result = try CLIRunner.run(["check", CLIRunner.fixture("pass/portrait.jpg")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("no-face: no face detected"))
        let skipped = try CLIRunner.run(["check", "--no-face-check", CLIRunner.fixture("pass/portrait.jpg")])
        #expect(skipped.status == 0)
    }

    @Test(.enabled(if: corpus != nil, "needs ../shared/corpus"))
    func singlePortraitPassesWithItsFaceReported() throws {
        let photo = try #require(Self.corpus).appendingPathComponent("portrait/facerec-obama.jpg").path
        let result = try CLIRunner.run(["check", "--format", "json", photo])
        #expect(result.status == 0, "\(result.stdout)")
        let file = try #require(try json(result).first)
        let faces = try #require(file["faces"] as? [[String: Any]])
        #expect(faces.count == 1)
        let width = try #require(faces[0]["width"] as? Double)
        #expect(width >= 200)
        let metrics = try #require(file["metrics"] as? [String: Any])
        #expect(metrics["faceBrightness"] is Double && metrics["faceSharpness"] is Double)
    }

    @Test(.enabled(if: corpus != nil, "needs ../shared/corpus"))
    func everyScanCodeGivesTheSameVerdict() throws {
        let corpus = try #require(Self.corpus)
        let photos = ["portrait/facerec-obama.jpg", "portrait/deepface-couple.jpg"].map {
            corpus.appendingPathComponent($0).path
        }
        let fastest = try CLIRunner.run(["check", "--format", "json"] + photos)
        let portable = try CLIRunner.run(
            ["check", "--format", "json"] + photos, environment: ["PHOTO_PREFLIGHT_FACE_SCAN": "portable"])
        #expect(fastest.status == 1 && portable.status == 1)
        // Verdicts and face boxes (the scores may differ in their last digits: float rounding).
        func verdicts(_ result: CLIResult) throws -> [String] {
            try json(result).map { file in
                let boxes = (file["faces"] as? [[String: Any]] ?? []).map { face in
                    ["x", "y", "width", "height"].map { "\(face[$0] ?? "")" }.joined(separator: ",")
                }
                return "\(file["verdict"] ?? "") \(boxes)"
            }
        }
        #expect(try verdicts(fastest) == verdicts(portable))
        #expect(try verdicts(portable).count == 2)
        // dlib's own filtering gives the same scores as ours, bit for bit: the very same report.
        let dlib = try CLIRunner.run(
            ["check", "--format", "json"] + photos, environment: ["PHOTO_PREFLIGHT_FACE_SCAN": "dlib"])
        #expect(dlib.status == 1)
        #expect(dlib.stdout == fastest.stdout)
    }

    @Test func anUnknownScanFormIsAUsageError() throws {
        let result = try CLIRunner.run(
            ["check", CLIRunner.fixture("pass/portrait.jpg")], environment: ["PHOTO_PREFLIGHT_FACE_SCAN": "sse9"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("PHOTO_PREFLIGHT_FACE_SCAN must be fastest, portable or dlib, not 'sse9'"))
    }

    @Test(.enabled(if: corpus != nil, "needs ../shared/corpus"))
    func groupPhotoFailsMultipleFaces() throws {
        let photo = try #require(Self.corpus).appendingPathComponent("portrait/deepface-couple.jpg").path
        let result = try CLIRunner.run(["check", photo])
        #expect(result.status == 1)
        #expect(result.stdout.contains("multiple-faces: 2 faces found"))
    }

    @Test(.enabled(if: corpus != nil, "needs ../shared/corpus"))
    func sidewaysPhonePhotoIsCheckedUpright() throws {
        // Stored sideways with EXIF orientation 8: the face is found only after turning it upright.
        let photo = try #require(Self.corpus).appendingPathComponent("orientation/cimage-me-90.jpg").path
        let result = try CLIRunner.run([
            "check", "--format", "json", "--min-side", "300", "--min-face-side", "100", photo,
        ])
        let file = try #require(try json(result).first)
        #expect((file["faces"] as? [[String: Any]])?.count == 1)
        let rules = (file["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(!rules.contains("no-face"))
    }

    @Test func faceRulesCanBeDisabledOneByOne() throws {
        let result = try CLIRunner.run(["check", "--disable", "no-face", CLIRunner.fixture("pass/portrait.jpg")])
        #expect(result.status == 0, "\(result.stdout)")
    }
}
