import PhotoPreflight
import TestSupport
import Testing

/// A detector that always fails, as dlib would on a broken install.
private struct FailingDetector: FaceDetecting {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "detector broke" }
    }

    func detectFaces(in image: Raster, thresholds: FaceRuleThresholds, scaleToOriginal: Double) throws -> [DetectedFace]
    { throw Broken() }
}

@Suite struct FaceCheckFailureTests {
    @Test func aFailingDetectorIsANoFaceErrorSayingTheCheckCouldNotRun() throws {
        var configuration = PreflightConfiguration()
        configuration.faceDetector = FailingDetector()
        let report = Preflight(configuration: configuration).check(fileAt: RepositoryPaths.fixture("pass/portrait.jpg"))
        let finding = try #require(report.findings.first { $0.rule == NoFaceRule.id })
        #expect(finding.severity == .error)
        #expect(finding.message == "the face check could not run: detector broke")
        #expect(report.findings.filter { $0.rule != NoFaceRule.id }.isEmpty)
        #expect(report.verdict == .fail)
    }

    @Test func withoutADetectorNoFaceRuleRuns() {
        let report = Preflight().check(fileAt: RepositoryPaths.fixture("pass/portrait.jpg"))
        #expect(report.findings.isEmpty)
        #expect(report.faces == nil)
    }
}
