/// Where `fix --frame` crops a photo around its main face: a 3:4 portrait frame (width : height), the face
/// centred across, the eyes 40 % from the top, the tight face box 35 % of the frame's height.
///
/// Why these numbers:
/// - **3:4 portrait**: the shape of a phone's portrait photo, so a phone portrait is only zoomed, never
///   reshaped; HeyGen's portrait (9:16) and square outputs then crop little of it (`cover` fit).
/// - **Face box 35 % of the height** (about 47 % of the width, the box being about square): head and
///   shoulders, which HeyGen animates best ("front-facing portraits"; "full-body photos may not animate
///   properly"). With dlib's box running from the brows to the chin, the hair ends about 19 % below the top
///   (room for a nod) and neck and shoulders fill the lowest third.
/// - **Eyes 40 % from the top**: the classic portrait eye line; the box centre then sits at about 49 % of
///   the height, in the middle of `face-off-centre`'s 15–65 % band.
/// - **Never cut**: the face box grown by `face-cut-off`'s margins, and by ``redetectionSpare`` more, stays
///   whole (as far as it lies in the photo): the re-check of the copy detects the face anew, and dlib's scale
///   pyramid then finds the box up to 14 % larger or smaller (seen on corpus portraits). Another counted face
///   is kept whole or left out, never halved.
/// - **Already framed**: a photo that passes `face-off-centre` and `face-cut-off` with the face box at least
///   90 % of ``faceShare`` of its height is left as it is, whatever its shape (a crop would only risk the
///   re-detection).
/// - **Short side ≥ `minimumSide`** (the `too-small` limit, 512 px by default) after the `--max-side`
///   downscale; the photo is never enlarged. When that leaves no room to centre the face, the frame zooms in
///   (down to the margins); when even that fails the photo is not cropped.
///
/// A frame is accepted when the face is centred within 5 % of the width and the eyes lie within 30–50 % of
/// the height; failing that, the largest frame the face rules accept with a safety margin of 5 % (the
/// re-check detects the face anew, and boxes move by a few pixels); failing that, there is no crop.
public struct FaceFraming: Sendable {
    /// Frame width ÷ height: 3:4, portrait.
    public static let aspect = 3.0 / 4.0
    /// Height of the eye line in the frame, as a fraction from the top: 0.40.
    public static let eyeLine = 0.40
    /// The main face box's height ÷ the frame's height that the frame aims for: 0.35.
    public static let faceShare = 0.35
    /// A photo whose face box is at least this share of its height (90 % of ``faceShare``) and that passes the
    /// placement rules is already framed: 0.315.
    public static let framedFaceShare = 0.9 * faceShare
    /// Where the eyes sit in dlib's tight face box when there are no landmarks, as a fraction of the box
    /// height from its top: 0.25. Measured on four corpus portraits (`facerec-obama`, `facerec-biden`,
    /// `dlib-Tom_Cruise_avp_2014_4`, `deepface-img40`): 0.20–0.28.
    public static let eyesInFaceBox = 0.25
    /// Largest horizontal distance of the face centre from the frame's middle for a centred frame, × width.
    public static let centringTolerance = 0.05
    /// Largest distance of the eye line from ``eyeLine`` for a centred frame, × height.
    public static let eyeLineTolerance = 0.10
    /// How far inside `face-off-centre`'s limits an off-target frame must stay, as a fraction.
    public static let ruleSafety = 0.05
    /// Room kept around the face box beyond `face-cut-off`'s margins, × its size on each side: 0.15.
    public static let redetectionSpare = 0.15
    /// A crop keeping at least this fraction of both sides is not worth re-encoding: 0.97.
    public static let trivialTrim = 0.97

    /// The face rules' limits the frame must satisfy.
    public var thresholds: FaceRuleThresholds
    /// The shortest side allowed, in pixels (the `too-small` limit).
    public var minimumSide: Int
    /// The longer side of the fixed copy is downscaled to at most this (`--max-side`).
    public var maxSide: Int

    /// Creates a framing for the given face limits, smallest side and largest side (pixels).
    public init(thresholds: FaceRuleThresholds = FaceRuleThresholds(), minimumSide: Int = 512, maxSide: Int = 4096) {
        self.thresholds = thresholds
        self.minimumSide = minimumSide
        self.maxSide = maxSide
    }

    /// The crop for a photo whose face check found `faces` (boxes in original upright pixels), or why none.
    public func frame(_ faces: FaceFacts) -> Framing {
        if let failure = faces.failure {
            return Framing(crop: nil, detail: "not framed: the face check could not run (\(failure))")
        }
        let counted = faces.counted(minimumScore: thresholds.minimumScore)
        guard let main = counted.first else { return Framing(crop: nil, detail: "not framed: no face found") }
        let subject = FramedSubject(
            face: main.box, eyeLine: Self.eyeLine(of: main.box, landmarks: faces.landmarks),
            others: counted.dropFirst().map(\.box), imageWidth: faces.imageWidth, imageHeight: faces.imageHeight,
            thresholds: thresholds)
        if main.box.height >= Self.framedFaceShare * faces.imageHeight, placementPasses(faces) {
            return Framing(
                crop: nil, detail: "not framed: already framed (the face is large, placed and whole as the rules ask)")
        }
        let heights = candidateHeights(subject)
        guard !heights.isEmpty else {
            return Framing(
                crop: nil,
                detail: "not framed: the photo is too small for a 3:4 frame of at least \(minimumSide) px across")
        }
        var fallback: CropBox?
        var rejections: Set<FramedSubject.Fit> = []
        var chosen: CropBox?
        for height in heights {
            guard let crop = subject.place(height: height, aspect: Self.aspect, eyeLine: Self.eyeLine) else { continue }
            let fit = subject.fit(of: crop, shortSideAfterDownscale: shortSide(of: crop), minimumSide: minimumSide)
            switch fit {
            case .centred: chosen = crop
            case .acceptable: fallback = fallback ?? crop
            default: rejections.insert(fit)
            }
            if chosen != nil { break }
        }
        guard let crop = chosen ?? fallback else { return Framing(crop: nil, detail: Self.reason(rejections)) }
        if Double(crop.width) >= Self.trivialTrim * faces.imageWidth
            && Double(crop.height) >= Self.trivialTrim * faces.imageHeight
        {
            return Framing(crop: nil, detail: "not framed: already framed (a 3:4 frame would trim less than 3 %)")
        }
        return Framing(crop: crop, detail: subject.describe(crop))
    }

    /// Whether `face-off-centre` and `face-cut-off` pass on the whole photo.
    private func placementPasses(_ faces: FaceFacts) -> Bool {
        var configuration = PreflightConfiguration()
        configuration.faceThresholds = thresholds
        let failed = Set(RuleRegistry.evaluateFaceRules(faces, configuration: configuration).map(\.rule))
        return failed.isDisjoint(with: [FaceOffCentreRule.id, FaceCutOffRule.id])
    }

    /// The eye line's height in original pixels: the mean of the eye landmarks (36–47) when the landmark model
    /// ran, else ``eyesInFaceBox`` down the face box.
    static func eyeLine(of box: FaceBox, landmarks: FaceLandmarkFacts?) -> Double {
        if let points = landmarks?.points, points.count >= 48 {
            let eyes = points[36...47]
            return eyes.reduce(0) { $0 + $1.y } / Double(eyes.count)
        }
        return box.y + eyesInFaceBox * box.height
    }

    /// Frame heights to try, largest first: from the one giving ``faceShare`` (or the largest 3:4 frame the
    /// photo holds) down to the smallest allowed.
    private func candidateHeights(_ subject: FramedSubject) -> [Int] {
        let imageWidth = Int(subject.imageWidth.rounded()), imageHeight = Int(subject.imageHeight.rounded())
        let largest = min(imageHeight, Int((Double(imageWidth) / Self.aspect).rounded(.down)))
        let smallest = max(minimumSide, Int((Double(minimumSide) / Self.aspect).rounded(.up)))
        let ideal = Int((subject.face.height / Self.faceShare).rounded())
        let start = min(max(ideal, smallest), largest)
        guard start >= smallest else { return [] }
        let step = max(1, (start - smallest) / 48)
        var heights = Array(stride(from: start, to: smallest, by: -step))
        heights.append(smallest)
        return heights
    }

    /// The crop's shorter side once the fixed copy is downscaled to `maxSide`, in pixels.
    private func shortSide(of crop: CropBox) -> Double {
        let longer = Double(max(crop.width, crop.height))
        return Double(min(crop.width, crop.height)) * min(1, Double(maxSide) / longer)
    }

    private static func reason(_ rejections: Set<FramedSubject.Fit>) -> String {
        if rejections.contains(.cutsAnotherFace) {
            return "not framed: every 3:4 frame around the main face would cut another face"
        }
        if rejections.contains(.offCentre) {
            return "not framed: the face is too close to the edge to centre it in a 3:4 frame"
        }
        if rejections.contains(.tooSmall) {
            return "not framed: a 3:4 frame around the face would be too small"
        }
        return "not framed: the face and its margins fill the photo; a 3:4 frame would cut them"
    }
}
