import PhotoPreflight
import PhotoPreflightFaces
import Testing

@Suite struct DlibFaceDetectorTests {
    @Test func rejectsABufferThatDoesNotMatchTheSize() throws {
        let detector = try SharedDetector.detector.get()
        #expect(throws: FaceDetectorError.self) {
            try detector.detect(width: 100, height: 100, pixels: [UInt8](repeating: 0, count: 9_999))
        }
    }

    @Test(arguments: [(0, 10), (10, 0), (-5, 10), (Int.max, 2), (50_000, 50_000)])
    func rejectsImpossibleSizes(width: Int, height: Int) throws {
        let detector = try SharedDetector.detector.get()
        #expect(throws: FaceDetectorError.self) {
            try detector.detect(width: width, height: height, pixels: [UInt8](repeating: 0, count: 16))
        }
    }

    @Test(arguments: [1, 7, 79, 640])
    func findsNoFaceInAFlatImage(side: Int) throws {
        let detector = try SharedDetector.detector.get()
        let faces = try detector.detect(width: side, height: side, pixels: [UInt8](repeating: 128, count: side * side))
        #expect(faces.isEmpty)
    }

    @Test(arguments: [0, -1, 0.5, 64.5, 65, .nan, .infinity])
    func rejectsAnImpossibleDownscaleFactor(factor: Double) throws {
        let detector = try SharedDetector.detector.get()
        #expect(throws: FaceDetectorError.self) {
            try detector.detect(
                width: 64, height: 64, pixels: [UInt8](repeating: 0, count: 64 * 64), downscale: factor)
        }
    }

    @Test(arguments: [0, -3])
    func rejectsAnImpossiblePyramidLevelCount(levels: Int) throws {
        let detector = try SharedDetector.detector.get()
        #expect(throws: FaceDetectorError.self) {
            try detector.detect(
                width: 64, height: 64, pixels: [UInt8](repeating: 0, count: 64 * 64), pyramidLevels: levels)
        }
    }

    /// A fractional factor shrinks the image and gives boxes back in the full image's pixels.
    @Test func givesBoxesInFullImagePixelsAfterAFractionalDownscale() throws {
        let detector = try SharedDetector.detector.get()
        let photo = try #require(CorpusFaceInputs.photos { $0.faces == 1 }.first, "no corpus portrait")
        let image = try photo.load()
        let full = try #require(
            try detector.detect(width: image.width, height: image.height, pixels: image.pixels).first)
        let shrunk = try #require(
            try detector.detect(width: image.width, height: image.height, pixels: image.pixels, downscale: 1.5).first)
        let overlap = try detector.overlapRule()
        #expect(overlap.overlaps(full.box, shrunk.box), "\(full.box) vs \(shrunk.box)")
    }
}
