import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// A frontal, well-framed single portrait of the corpus.
private let portraitSource = "portrait/facerec-obama.jpg"

/// Variants of a real portrait made in test code: cut at the frame edge, stored sideways.
@Suite(.enabled(if: CorpusFaceInputs.photo(portraitSource) != nil, "corpus portrait not available"))
struct EdgeCaseFaceTests {

    private func loadPortrait() throws -> (image: WorkingImage, face: DetectedFace) {
        let image = try #require(CorpusFaceInputs.photo(portraitSource)).load()
        let faces = try SharedDetector.faces(in: image).filter { $0.score >= FaceRuleThresholds().minimumScore }
        #expect(faces.count == 1)
        return (image, try #require(faces.first))
    }

    @Test func acceptsTheUncutPortrait() throws {
        let (image, _) = try loadPortrait()
        #expect(try SharedDetector.findings(for: image).isEmpty)
    }

    @Test(arguments: [0.0, 0.1, 0.2])
    func failsAPortraitShiftedSoTheFaceIsCutAtTheLeftEdge(cutFraction: Double) throws {
        let (image, face) = try loadPortrait()
        let left = Int(face.box.x + face.box.width * cutFraction)
        let shifted = image.cropped(x: left, y: 0, width: image.width, height: image.height)
        let result = try SharedDetector.findings(for: shifted)
        let finding = try #require(result.first { $0.rule == FaceCutOffRule.id })
        #expect(finding.message.contains("left"))
    }

    @Test func failsAPortraitShiftedSoTheHairIsCutAtTheTop() throws {
        let (image, face) = try loadPortrait()
        let top = Int(face.box.y - face.box.height * 0.1)
        let shifted = image.cropped(x: 0, y: top, width: image.width, height: image.height)
        let finding = try #require(try SharedDetector.findings(for: shifted).first { $0.rule == FaceCutOffRule.id })
        #expect(finding.message.contains("top"))
    }

    @Test func findsTheFaceOnlyWhenUpright() throws {
        let (image, _) = try loadPortrait()
        let sideways = image.rotatedClockwise()
        #expect(try SharedDetector.findings(for: sideways).map(\.rule) == [NoFaceRule.id])
        let upright = sideways.rotatedClockwise().rotatedClockwise().rotatedClockwise()
        #expect(try SharedDetector.faces(in: upright).count == 1)
    }

    @Test func findsTheFaceOfTheSidewaysStoredPhonePhotoOnceOriented() throws {
        // orientation/cimage-me-90.jpg is stored 500×375 with EXIF orientation 8; the inputs are upright.
        let photo = try #require(CorpusFaceInputs.photo("orientation/cimage-me-90.jpg"))
        let faces = try SharedDetector.faces(in: photo.load()).filter { $0.score >= 0.3 }
        #expect(faces.count == 1)
    }

    @Test func givesTheSameFacesWhenCalledConcurrently() async throws {
        let (image, face) = try loadPortrait()
        let detector = try SharedDetector.detector.get()
        let results = try await withThrowingTaskGroup(of: [DetectedFace].self) { group in
            for _ in 0..<4 {
                group.addTask { try detector.findFaces(width: image.width, height: image.height, pixels: image.pixels) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 4)
        #expect(results.allSatisfy { $0.first == face })
    }
}
