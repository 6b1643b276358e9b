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

    @Test(arguments: [0, -1, 65])
    func rejectsAnImpossibleDownsamplingFactor(factor: Int) throws {
        let detector = try SharedDetector.detector.get()
        #expect(throws: FaceDetectorError.self) {
            try detector.detect(
                width: 64, height: 64, pixels: [UInt8](repeating: 0, count: 64 * 64), downsampling: factor)
        }
    }
}
