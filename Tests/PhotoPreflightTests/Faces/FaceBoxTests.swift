import PhotoPreflight
import Testing

@Suite struct FaceBoxTests {
    @Test func clipsABoxCutByTheFrameToWholePixels() {
        let box = FaceBox(x: -10.5, y: 20.2, width: 100, height: 50)
        #expect(box.clipped(toWidth: 80, height: 60) == FaceBox(x: 0, y: 20, width: 80, height: 40))
    }

    @Test func returnsNilForABoxOutsideTheImage() {
        #expect(FaceBox(x: 100, y: 0, width: 10, height: 10).clipped(toWidth: 100, height: 100) == nil)
    }

    @Test func growsByFractionsOfItsOwnSize() {
        let grown = FaceBox(x: 100, y: 100, width: 200, height: 100).grown(left: 0.25, top: 0.5, right: 0, bottom: 0)
        #expect(grown == FaceBox(x: 50, y: 50, width: 250, height: 150))
    }
}
