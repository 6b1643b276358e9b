import PhotoPreflight
import Testing

/// The geometry of `fix --frame`: where the 3:4 frame goes around the main face, and when there is none.
struct FaceFramingTests {
    /// Facts for a `width`×`height` photo with faces of the given boxes (the first is the main face).
    private static func facts(_ width: Double, _ height: Double, _ boxes: FaceBox...) -> FaceFacts {
        FaceFacts(
            detections: boxes.map { DetectedFace(box: $0, score: 1.5, pose: .frontal) }, imageWidth: width,
            imageHeight: height)
    }

    /// The facts as the re-check of the cropped copy would see them: boxes moved into the crop.
    private static func inside(_ crop: CropBox, _ facts: FaceFacts) -> FaceFacts {
        FaceFacts(
            detections: facts.detections.map {
                var moved = $0
                moved.box.x -= Double(crop.x)
                moved.box.y -= Double(crop.y)
                return moved
            }, imageWidth: Double(crop.width), imageHeight: Double(crop.height))
    }

    /// What every crop must be: inside the photo, 3:4, short side ≥ 512, the face box with its `face-cut-off`
    /// margins whole, and no face rule about position or cut-off failing in the cropped copy.
    private static func expectSound(
        _ crop: CropBox, _ facts: FaceFacts, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(crop.x >= 0 && crop.y >= 0, sourceLocation: sourceLocation)
        #expect(Double(crop.maxX) <= facts.imageWidth, sourceLocation: sourceLocation)
        #expect(Double(crop.maxY) <= facts.imageHeight, sourceLocation: sourceLocation)
        #expect(min(crop.width, crop.height) >= 512, sourceLocation: sourceLocation)
        #expect(abs(Double(crop.width) - 0.75 * Double(crop.height)) <= 1, sourceLocation: sourceLocation)
        let limits = FaceRuleThresholds()
        let face = facts.detections[0].box
        let grown = face.grown(
            left: limits.cutOffSideMargin, top: limits.cutOffTopMargin, right: limits.cutOffSideMargin,
            bottom: limits.cutOffBottomMargin)
        #expect(crop.keeps(grown, imageWidth: facts.imageWidth, imageHeight: facts.imageHeight))
        let failed = RuleRegistry.evaluateFaceRules(inside(crop, facts)).map(\.rule)
        #expect(!failed.contains(FaceOffCentreRule.id), "\(crop)", sourceLocation: sourceLocation)
        #expect(!failed.contains(FaceCutOffRule.id), "\(crop)", sourceLocation: sourceLocation)
    }

    @Test func centresAFaceInALargeLandscapePhoto() throws {
        let facts = Self.facts(4000, 3000, FaceBox(x: 1000, y: 900, width: 400, height: 400))
        let framing = FaceFraming().frame(facts)
        let crop = try #require(framing.crop, "\(framing.detail)")
        Self.expectSound(crop, facts)
        // The face box is 35 % of the height, centred across, the eyes (25 % down the box) 40 % from the top.
        #expect(abs(Double(crop.height) - 400 / 0.35) <= 1)
        #expect(abs(Double(crop.x) + Double(crop.width) / 2 - 1200) <= 1)
        #expect(abs((1000 - Double(crop.y)) / Double(crop.height) - 0.40) <= 0.01)
        #expect(framing.detail.hasPrefix("cropped to \(crop.width)×\(crop.height) at (\(crop.x), \(crop.y))"))
    }

    /// A 300 px face at each edge and corner of a 4000×3000 photo: its box with margins just fits at the left,
    /// right and top; at the bottom it has the room a portrait needs below the chin (neck and shoulders), 450 px.
    @Test(arguments: [
        ("left", 60.0, 1350.0), ("right", 3640.0, 1350.0), ("top", 1850.0, 130.0), ("bottom", 1850.0, 2250.0),
        ("top-left", 60.0, 130.0), ("top-right", 3640.0, 130.0), ("bottom-left", 60.0, 2250.0),
        ("bottom-right", 3640.0, 2250.0),
    ])
    func framesAFaceAtEachEdgeAndCorner(edge: String, x: Double, y: Double) throws {
        let facts = Self.facts(4000, 3000, FaceBox(x: x, y: y, width: 300, height: 300))
        let framing = FaceFraming().frame(facts)
        let crop = try #require(framing.crop, "\(edge): \(framing.detail)")
        Self.expectSound(crop, facts)
    }

    @Test(arguments: ["left", "right", "top", "bottom"])
    func neverCutsAFaceAlreadyCutByTheEdge(edge: String) throws {
        let box =
            switch edge {
            case "left": FaceBox(x: -60, y: 1350, width: 300, height: 300)
            case "right": FaceBox(x: 3760, y: 1350, width: 300, height: 300)
            case "top": FaceBox(x: 1850, y: -40, width: 300, height: 300)
            default: FaceBox(x: 1850, y: 2780, width: 300, height: 300)
            }
        let facts = Self.facts(4000, 3000, box)
        let framing = FaceFraming().frame(facts)
        guard let crop = framing.crop else {
            #expect(framing.detail.hasPrefix("not framed"))
            return
        }
        // What of the face and its margins is in the photo stays in the copy.
        #expect(
            crop.keeps(box.grown(left: 0.15, top: 0.4, right: 0.15, bottom: 0.15), imageWidth: 4000, imageHeight: 3000))
        #expect(min(crop.width, crop.height) >= 512)
    }

    @Test func aFaceAtTheVeryEdgeIsNotCentredByForce() {
        // Centre 100 px from the left: a frame of 512 px or more cannot centre it within the rule's limit.
        let left = FaceFraming().frame(Self.facts(4000, 3000, FaceBox(x: -50, y: 1350, width: 300, height: 300)))
        #expect(left.crop == nil)
        #expect(left.detail.contains("too close to the edge"))
        // Chin 60 px above the bottom: no frame of 683 px or more puts the face in its upper part.
        let bottom = FaceFraming().frame(Self.facts(4000, 3000, FaceBox(x: 1850, y: 2640, width: 300, height: 300)))
        #expect(bottom.crop == nil)
        #expect(bottom.detail.contains("too close to the edge"))
    }

    @Test func aTinyFaceInALargePhotoGetsTheSmallestFrameAllowed() throws {
        let facts = Self.facts(6000, 4000, FaceBox(x: 4500, y: 3000, width: 100, height: 100))
        let crop = try #require(FaceFraming().frame(facts).crop)
        Self.expectSound(crop, facts)
        #expect(crop.width == 512 && crop.height == 683)
    }

    @Test func aFaceFillingTheFrameIsNotCropped() {
        // Landscape, the face at the top: with its margins it is wider than any 3:4 frame the photo holds.
        let wide = FaceFraming().frame(Self.facts(1600, 1200, FaceBox(x: 300, y: 0, width: 1000, height: 1000)))
        #expect(wide.crop == nil)
        #expect(wide.detail.contains("fill the photo"))
        // Portrait 3:4, the face cut at the sides: the only frame keeping it is the whole photo.
        let framed = FaceFraming().frame(Self.facts(600, 800, FaceBox(x: 60, y: 200, width: 480, height: 480)))
        #expect(framed.crop == nil)
        #expect(framed.detail.contains("already framed"))
    }

    @Test func aLargeFaceThatPassesThePlacementRulesIsLeftAsItIs() {
        // The face box is 48 % of the height, placed as the rules ask: a crop would only trim the shape.
        let facts = Self.facts(565, 800, FaceBox(x: 76, y: 291, width: 388, height: 388))
        let framing = FaceFraming().frame(facts)
        #expect(framing.crop == nil)
        #expect(framing.detail.contains("already framed"))
        #expect(RuleRegistry.evaluateFaceRules(facts).isEmpty)
    }

    @Test func aPhotoBarelyAbove512IsCroppedToNoLessThan512() throws {
        let facts = Self.facts(530, 900, FaceBox(x: 165, y: 300, width: 200, height: 200))
        let crop = try #require(FaceFraming().frame(facts).crop)
        Self.expectSound(crop, facts)
        #expect((512...530).contains(crop.width))
    }

    @Test func aPhotoNarrowerThan512IsNotFramed() {
        let framing = FaceFraming().frame(Self.facts(511, 900, FaceBox(x: 155, y: 300, width: 200, height: 200)))
        #expect(framing.crop == nil)
        #expect(framing.detail.contains("too small"))
    }

    @Test func aMaxSideThatWouldShrinkTheFrameBelow512PreventsFraming() {
        let facts = Self.facts(4000, 3000, FaceBox(x: 1000, y: 900, width: 400, height: 400))
        #expect(FaceFraming(maxSide: 600).frame(facts).crop == nil)
        #expect(FaceFraming(maxSide: 1200).frame(facts).crop != nil)
    }

    @Test func noFaceMeansNoCrop() {
        let framing = FaceFraming().frame(Self.facts(4000, 3000))
        #expect(framing.crop == nil)
        #expect(framing.detail == "not framed: no face found")
        let failed = FaceFraming().frame(
            FaceFacts(detections: [], imageWidth: 4000, imageHeight: 3000, failure: "model missing"))
        #expect(failed.crop == nil)
        #expect(failed.detail.contains("model missing"))
        // A detection scoring below the minimum score is no face either.
        let weak = FaceFacts(
            detections: [
                DetectedFace(box: FaceBox(x: 1000, y: 900, width: 400, height: 400), score: 0.1, pose: .frontal)
            ],
            imageWidth: 4000, imageHeight: 3000)
        #expect(FaceFraming().frame(weak).crop == nil)
    }

    @Test func anotherFaceIsKeptWholeOrLeftOutNeverHalved() throws {
        let main = FaceBox(x: 1500, y: 900, width: 400, height: 400)
        // Beside the main face, where the ideal frame's right edge would run through it.
        for otherX in stride(from: 1950.0, through: 2300, by: 50) {
            let other = FaceBox(x: otherX, y: 950, width: 250, height: 250)
            let facts = Self.facts(4000, 3000, main, other)
            let framing = FaceFraming().frame(facts)
            guard let crop = framing.crop else {
                #expect(framing.detail.contains("another face"), "\(otherX): \(framing.detail)")
                continue
            }
            Self.expectSound(crop, facts)
            #expect(crop.misses(other) || crop.keeps(other, imageWidth: 4000, imageHeight: 3000), "\(otherX): \(crop)")
        }
    }

    @Test func theEyeLineComesFromTheLandmarksWhenTheyArePresent() {
        let box = FaceBox(x: 1000, y: 900, width: 400, height: 400)
        var points = [FacePoint](repeating: FacePoint(x: 1200, y: 0), count: 68)
        for index in 36...47 { points[index] = FacePoint(x: 1200, y: index < 42 ? 1040 : 1060) }
        var facts = Self.facts(4000, 3000, box)
        facts.landmarks = FaceLandmarkFacts(
            points: points, yaw: 0, pitch: 0, roll: 0, leftEyeOpenness: 0.3, rightEyeOpenness: 0.3, mouthOpenness: 0,
            lightingAsymmetry: 0)
        let withLandmarks = FaceFraming().frame(facts).crop
        let estimated = FaceFraming().frame(Self.facts(4000, 3000, box)).crop
        // Eyes at 1050 instead of the estimated 1000: the frame moves down by 50 px.
        #expect(withLandmarks?.y == estimated.map { $0.y + 50 })
    }
}
