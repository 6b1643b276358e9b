import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// Pose angles from real portraits against known transformations of them.
@Suite(
    .enabled(if: SharedLandmarks.unavailableReason == nil, "dlib's 68-point model is missing"),
    .enabled(if: CorpusFaceInputs.unavailableReason == nil, "the shared corpus is missing"))
struct HeadPoseOnPortraitTests {
    static var portraits: [CorpusPhoto] { Array(LandmarkCorpus.passingPortraits.prefix(3)) }

    static var rotations: [(CorpusPhoto, Double)] {
        portraits.flatMap { photo in [-20.0, -10, -5, 5, 10, 20].map { (photo, $0) } }
    }

    @Test(arguments: rotations)
    func rollFollowsAnInPlaneRotation(photo: CorpusPhoto, degrees: Double) throws {
        let upright = try #require(try LandmarkPortrait.load(photo.file))
        let rotated = try #require(try LandmarkPortrait.find(in: upright.gray.rotated(degrees: degrees)))
        let change = try rotated.pose().roll - upright.pose().roll
        #expect(abs(change - degrees) < 5, "roll changed by \(change)° for a \(degrees)° rotation")
    }

    @Test(arguments: portraits)
    func yawChangesSignInTheMirror(photo: CorpusPhoto) throws {
        let portrait = try #require(try LandmarkPortrait.load(photo.file))
        let mirrored = try #require(try LandmarkPortrait.find(in: portrait.gray.applying(.upMirrored)))
        let yaw = try portrait.pose().yaw, mirroredYaw = try mirrored.pose().yaw
        // A head turned noticeably must read as turned the other way in the mirror; a straight one stays near 0.
        if abs(yaw) >= 3 { #expect(yaw * mirroredYaw < 0, "yaw \(yaw)° and \(mirroredYaw)° in the mirror") }
        #expect(abs(yaw + mirroredYaw) < 4, "yaw \(yaw)° and \(mirroredYaw)° in the mirror")
    }

}
