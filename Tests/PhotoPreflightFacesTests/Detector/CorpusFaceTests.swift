import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// Detection on real corpus photos (manifest `faces` column), through the working buffer the core will provide.
@Suite(.enabled(if: CorpusFaceInputs.unavailableReason == nil, "\(CorpusFaceInputs.unavailableReason ?? "")"))
struct CorpusFaceTests {
    /// Single-person photos large enough for HeyGen.
    static let portraits = CorpusFaceInputs.photos { $0.faces == 1 && !$0.expected.hasPrefix("fail") }
    static let groups = CorpusFaceInputs.photos { $0.faces >= 2 && !$0.expected.hasPrefix("fail") }
    static let withoutFaces = CorpusFaceInputs.photos { $0.faces == 0 }
    /// Photos of people under HeyGen's 512 px minimum: the face check must not pass them either.
    static let smallPeople = CorpusFaceInputs.photos { $0.faces >= 1 && $0.expected.hasPrefix("fail") }

    /// dlib misses this face: three-quarter view, half hidden behind a camera (see face-detection-notes §5).
    static let knownMisses: Set<String> = ["portrait/skimage-camera.png"]

    @Test(arguments: portraits)
    func findsExactlyOneFaceInASinglePortrait(photo: CorpusPhoto) throws {
        let result = try SharedDetector.findings(for: photo.load()).map(\.rule)
        if Self.knownMisses.contains(photo.source) {
            withKnownIssue("HOG does not see this face") {
                #expect(!result.contains(NoFaceRule.id))
            }
        } else {
            #expect(!result.contains(NoFaceRule.id))
            #expect(!result.contains(MultipleFacesRule.id))
        }
    }

    @Test(arguments: groups)
    func failsGroupPhotosWithMultipleFaces(photo: CorpusPhoto) throws {
        let result = try SharedDetector.findings(for: photo.load())
        let finding = try #require(result.first { $0.rule == MultipleFacesRule.id })
        let count = try #require(finding.value)
        #expect(count >= 2)
        #expect(count <= Double(photo.faces))
    }

    @Test(arguments: withoutFaces)
    func failsPhotosWithoutPeopleWithNoFace(photo: CorpusPhoto) throws {
        let result = try SharedDetector.findings(for: photo.load())
        #expect(result.map(\.rule) == [NoFaceRule.id])
    }

    /// The coarse-to-fine search must count the same faces as one scan of the whole working image: with every
    /// face size searched (the default search), and with the check's own search, which does not look for faces
    /// far under the size limit and so may say "no face" where the full scan says "too small" (an error either
    /// way).
    @Test(arguments: portraits + groups)
    func searchCountsTheSameFacesAsAFullScan(photo: CorpusPhoto) throws {
        let image = try photo.load()
        let detector = try SharedDetector.detector.get()
        let findings = { (faces: [DetectedFace]) in
            RuleRegistry.evaluateFaceRules(
                FaceFacts(
                    working: faces, workingWidth: image.width, workingHeight: image.height,
                    scaleToOriginal: image.scaleToOriginal))
        }
        let full = findings(try detector.detect(width: image.width, height: image.height, pixels: image.pixels))
        let searched = findings(
            try detector.findFaces(width: image.width, height: image.height, pixels: image.pixels))
        let checked = findings(try SharedDetector.faces(in: image))
        let count = { (findings: [Finding]) in findings.first { $0.rule == MultipleFacesRule.id }?.value ?? 1 }
        let fails = { (findings: [Finding]) in findings.contains { $0.severity == .error } }
        #expect(count(searched) == count(full))
        #expect(searched.contains { $0.rule == NoFaceRule.id } == full.contains { $0.rule == NoFaceRule.id })
        #expect(count(checked) == count(full))
        #expect(fails(checked) == fails(full), "full scan: \(full.map(\.rule)), search: \(checked.map(\.rule))")
    }

    @Test(arguments: smallPeople)
    func neverPassesSmallPhotosOfPeople(photo: CorpusPhoto) throws {
        let result = try SharedDetector.findings(for: photo.load())
        #expect(result.contains { $0.severity == .error })
    }
}
