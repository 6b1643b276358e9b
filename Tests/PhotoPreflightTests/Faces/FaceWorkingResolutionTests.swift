import PhotoPreflight
import Testing

@Suite struct FaceWorkingResolutionTests {
    @Test func neverUpscalesSmallPhotos() {
        #expect(FaceWorkingResolution.scaleToOriginal(width: 512, height: 512) == 1)
        #expect(FaceWorkingResolution.workingSize(width: 375, height: 500) == (375, 500))
    }

    @Test func keepsTheLongSideAtLeast640() {
        #expect(FaceWorkingResolution.workingSize(width: 1000, height: 750) == (640, 480))
    }

    @Test func halvesLargePhotosAtMost() {
        #expect(FaceWorkingResolution.scaleToOriginal(width: 4032, height: 3024) == 2)
        #expect(FaceWorkingResolution.workingSize(width: 4032, height: 3024) == (2016, 1512))
    }

    @Test func rulesReportOriginalPixels() throws {
        let faces = [face(centreX: 300, centreY: 200, side: 100)]
        let result = findings(faces, width: 600, height: 600, scale: 1.5)
        let finding = try #require(result.first { $0.rule == FaceTooSmallRule.id })
        #expect(finding.value == 150)
        #expect(finding.faceBox == FaceBox(x: 375, y: 225, width: 150, height: 150))
    }
}
