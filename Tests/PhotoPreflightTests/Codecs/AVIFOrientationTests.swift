import Testing

@testable import PhotoPreflight

/// An AVIF's `irot` (quarter turns counter-clockwise) then `imir` (0 top-bottom, 1 left-right) map to the one
/// EXIF orientation that moves every pixel the same way.
struct AVIFOrientationTests {
    @Test(arguments: 0..<4, -1...1)
    func irotThenImirIsTheEquivalentEXIFOrientation(turns: Int, mirror: Int) {
        let stored = FixTestImages.asymmetric(width: 6, height: 4)
        var expected = stored
        for _ in 0..<turns { expected = expected.applying(.left) }  // one quarter turn counter-clockwise
        if mirror == 0 { expected = expected.applying(.downMirrored) }  // top and bottom exchanged
        if mirror == 1 { expected = expected.applying(.upMirrored) }  // left and right exchanged
        let orientation = AVIFDecoder.orientation(quarterTurnsCounterClockwise: turns, mirror: mirror)
        #expect(stored.applying(orientation ?? .up) == expected)
        #expect((orientation == nil) == (turns == 0 && mirror == -1))
    }
}
