import Foundation
import PhotoPreflight
import Testing

/// A drawn frontal face in a 1000×1000 image: eye centres at (420, 450) and (580, 450), 160 px apart; the nose
/// tip at a level head's drop below the eye line; eye aspect ratio 0.25; lips 10.67 px apart over a 120 px mouth.
enum DrawnFace {
    static var points: [FacePoint] {
        var points: [FacePoint] = (0...16).map { index in
            let angle = Double.pi * Double(index) / 16
            return FacePoint(x: 500 - 200 * cos(angle), y: 450 + 250 * sin(angle))
        }
        points += (0..<5).map { FacePoint(x: 330 + 35 * Double($0), y: 380) }
        points += (0..<5).map { FacePoint(x: 530 + 35 * Double($0), y: 380) }
        let tip = 450 + HeadPoseEstimate.frontalNoseDrop * 160
        points += [430, 470, 510, tip].map { FacePoint(x: 500, y: $0) }
        points += (0..<5).map { FacePoint(x: 470 + 15 * Double($0), y: 550) }
        let eye: [(Double, Double)] = [(380, 450), (405, 440), (435, 440), (460, 450), (435, 460), (405, 460)]
        points += eye.map { FacePoint(x: $0.0, y: $0.1) }
        points += eye.map { FacePoint(x: 1000 - $0.0, y: $0.1) }.reordered([3, 2, 1, 0, 5, 4])
        let mouth: [(Double, Double)] = [
            (440, 620), (465, 605), (485, 600), (500, 602), (515, 600), (535, 605), (560, 620), (535, 640),
            (515, 645), (500, 646), (485, 645), (465, 640), (450, 620), (480, 615), (500, 614), (520, 615),
            (550, 620), (520, 625), (500, 626), (480, 625),
        ]
        points += mouth.map { FacePoint(x: $0.0, y: $0.1) }
        return points
    }

    /// The points turned by `degrees` clockwise (in the image, y down) about (500, 500).
    static func rotated(by degrees: Double) -> [FacePoint] {
        let angle = degrees * .pi / 180
        return points.map {
            let dx = $0.x - 500, dy = $0.y - 500
            return FacePoint(x: 500 + cos(angle) * dx - sin(angle) * dy, y: 500 + sin(angle) * dx + cos(angle) * dy)
        }
    }

    /// The points with the nose (27–35) moved by `dx`, `dy`.
    static func noseMoved(dx: Double = 0, dy: Double = 0) -> [FacePoint] {
        points.enumerated().map { index, point in
            (27...35).contains(index) ? FacePoint(x: point.x + dx, y: point.y + dy) : point
        }
    }
}

extension Array {
    fileprivate func reordered(_ order: [Int]) -> [Element] { order.map { self[$0] } }
}

/// A detector that finds one face, and a locator that returns given points, to run the face check on a drawing.
private struct OneFace: FaceDetecting {
    func detectFaces(in image: Raster, thresholds: FaceRuleThresholds, scaleToOriginal: Double) throws -> [DetectedFace]
    {
        let scale = Double(image.width) / 1000
        return [
            DetectedFace(
                box: FaceBox(x: 300, y: 380, width: 400, height: 330).scaled(by: scale), score: 2, pose: .frontal)
        ]
    }
}

private struct GivenPoints: FaceLandmarkLocating {
    var points: [FacePoint]
    func locateLandmarks(in image: Raster, face box: FaceBox) throws -> [FacePoint] {
        let scale = Double(image.width) / 1000
        return points.map { FacePoint(x: $0.x * scale, y: $0.y * scale) }
    }
}

@Suite struct HeadPoseEstimateTests {
    @Test func aLevelFrontalFaceHasNoTurnNodOrTilt() {
        let pose = HeadPoseEstimate(points: DrawnFace.points)
        #expect(abs(pose.yaw) < 0.01 && abs(pose.pitch) < 0.01 && abs(pose.roll) < 0.01)
    }

    @Test(arguments: [-20.0, -10, -5, 5, 10, 20])
    func rollIsTheEyeLineAngleAndLeavesYawAndPitchAlone(degrees: Double) {
        let pose = HeadPoseEstimate(points: DrawnFace.rotated(by: degrees))
        #expect(abs(pose.roll - degrees) < 0.01)
        #expect(abs(pose.yaw) < 0.01 && abs(pose.pitch) < 0.01)
    }

    @Test func yawFollowsTheNoseSidewaysWithTheSignOfTheImageSide() {
        let right = HeadPoseEstimate(points: DrawnFace.noseMoved(dx: 40)).yaw
        let left = HeadPoseEstimate(points: DrawnFace.noseMoved(dx: -40)).yaw
        // 40 px of a 200 px half-width: asin(0.2 × 0.63) ≈ 7.2°.
        #expect(abs(right - 7.24) < 0.05)
        #expect(abs(left + right) < 0.001)
    }

    @Test func pitchIsPositiveWhenTheNoseTipRisesTowardsTheEyes() {
        #expect(HeadPoseEstimate(points: DrawnFace.noseMoved(dy: -30)).pitch > 5)
        #expect(HeadPoseEstimate(points: DrawnFace.noseMoved(dy: 30)).pitch < -5)
    }
}

@Suite struct LandmarkMeasuresThroughTheFaceCheckTests {
    private func landmarks(points: [FacePoint], left: UInt8 = 120, right: UInt8 = 120) throws -> FaceLandmarkFacts {
        let gray = Raster.gray(width: 1000, height: 1000) { x, _ in x < 500 ? left : right }
        var configuration = PreflightConfiguration()
        configuration.faceDetector = OneFace()
        configuration.landmarkLocator = GivenPoints(points: points)
        let bytes = try ImageEncoder.png(gray)
        let analysis = bytes.withUnsafeBytes {
            Preflight(configuration: configuration).analyze(bytes: $0, name: "face.png", path: "face.png")
        }
        return try #require(analysis.facts.faces?.landmarks)
    }

    @Test func measuresEyesAndMouthAndKeepsPointsInOriginalPixels() throws {
        let measured = try landmarks(points: DrawnFace.points)
        #expect(measured.points.count == 68)
        for (got, drawn) in zip(measured.points, DrawnFace.points) {
            #expect(abs(got.x - drawn.x) < 1e-6 && abs(got.y - drawn.y) < 1e-6)
        }
        #expect(abs(measured.leftEyeOpenness - 0.25) < 1e-9 && abs(measured.rightEyeOpenness - 0.25) < 1e-9)
        #expect(abs(measured.mouthOpenness - 32.0 / 3 / 120) < 1e-9)
        #expect(measured.lightingAsymmetry < 0.001)
    }

    @Test func lightingAsymmetryComparesTheHalvesOfTheFace() throws {
        // Gray 90 left of the midline, 150 right: a difference of 60 over a mean of 120.
        let measured = try landmarks(points: DrawnFace.points, left: 90, right: 150)
        #expect(abs(measured.lightingAsymmetry - 0.5) < 0.01)
    }

    @Test func closedEyesFailTheCheck() throws {
        var points = DrawnFace.points
        for index in [37, 38, 43, 44] { points[index].y = 449 }
        for index in [40, 41, 46, 47] { points[index].y = 451 }
        var configuration = PreflightConfiguration()
        configuration.faceDetector = OneFace()
        configuration.landmarkLocator = GivenPoints(points: points)
        let bytes = try ImageEncoder.png(Raster.gray(width: 1000, height: 1000) { _, _ in 120 })
        let report = Preflight(configuration: configuration).check(bytes: bytes, name: "face.png")
        let finding = try #require(report.findings.first { $0.rule == EyesClosedRule.id })
        #expect(finding.severity == .error)
        #expect(abs((finding.value ?? 1) - 0.025) < 1e-9)
        #expect(report.verdict == .fail)
    }
}
