import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// The landmark rules on real portraits: what passes must keep passing, and the measures land where real faces
/// are.
@Suite(
    .enabled(if: SharedLandmarks.unavailableReason == nil, "dlib's 68-point model is missing"),
    .enabled(if: CorpusFaceInputs.unavailableReason == nil, "the shared corpus is missing"))
struct LandmarkRulesOnCorpusTests {
    static var preflight: Preflight {
        var configuration = PreflightConfiguration()
        configuration.faceDetector = try? SharedDetector.detector.get()
        configuration.landmarkLocator = SharedLandmarks.locator
        return Preflight(configuration: configuration)
    }

    static let landmarkRules: Set<RuleID> = [
        NotFrontalRule.id, EyesClosedRule.id, MouthOpenRule.id, UnevenLightingRule.id,
    ]

    @Test(arguments: LandmarkCorpus.passingPortraits)
    func passingPortraitsGetNoLandmarkError(photo: CorpusPhoto) throws {
        let analysis = Self.preflight.analyze(fileAt: photo.file)
        let faces = try #require(analysis.facts.faces)
        guard !faces.counted(minimumScore: FaceRuleThresholds().minimumScore).isEmpty else {
            // The one portrait whose face HOG misses (see the README): no face, so no landmarks either.
            #expect(faces.landmarks == nil)
            return
        }
        let landmarks = try #require(faces.landmarks, "no landmarks on \(photo.source)")
        #expect(landmarks.points.count == 68)
        // Points are in original upright pixels: inside the photo.
        for point in landmarks.points {
            #expect(point.x > -50 && point.x < Double(photo.originalWidth) + 50)
            #expect(point.y > -50 && point.y < Double(photo.originalHeight) + 50)
        }
        #expect(max(landmarks.leftEyeOpenness, landmarks.rightEyeOpenness) > 0.15)
        let errors = analysis.report.findings.filter { $0.severity == .error && Self.landmarkRules.contains($0.rule) }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }

    @Test func aMissingModelLeavesLandmarksEmptyAndSaysWhy() throws {
        let photo = try #require(LandmarkCorpus.passingPortraits.first)
        var configuration = PreflightConfiguration()
        configuration.faceDetector = try SharedDetector.detector.get()
        configuration.landmarkLocator = DlibLandmarkLocator(
            store: LandmarkModelStore(modelPath: "/nonexistent/shape_predictor.dat", cacheFolder: nil))
        let analysis = Preflight(configuration: configuration).analyze(fileAt: photo.file)
        let faces = try #require(analysis.facts.faces)
        #expect(!faces.detections.isEmpty)
        #expect(faces.landmarks == nil)
        #expect(faces.landmarkFailure?.contains("libdlib-data") == true)
        #expect(analysis.report.verdict != .fail)
    }
}
