/// The main face and what surrounds it, as ``FaceFraming`` sees them: places a frame of a given height and
/// judges it. All positions are in original upright pixels.
struct FramedSubject {
    /// The main face's tight box.
    let face: FaceBox
    /// The eye line's height.
    let eyeLine: Double
    /// The other faces that count.
    let others: [FaceBox]
    let imageWidth: Double
    let imageHeight: Double
    let thresholds: FaceRuleThresholds

    /// The face box grown by `face-cut-off`'s margins plus ``FaceFraming/redetectionSpare`` on each side: a
    /// crop must keep all of it that lies in the photo.
    var keptFace: FaceBox {
        let spare = FaceFraming.redetectionSpare
        return face.grown(
            left: thresholds.cutOffSideMargin + spare, top: thresholds.cutOffTopMargin + spare,
            right: thresholds.cutOffSideMargin + spare, bottom: thresholds.cutOffBottomMargin + spare)
    }

    /// How well a frame fits, best first.
    enum Fit: Hashable {
        /// Face centred within ``FaceFraming/centringTolerance``, eyes near ``FaceFraming/eyeLine``.
        case centred
        /// Off target, but inside the face rules' limits with ``FaceFraming/ruleSafety`` to spare.
        case acceptable
        /// The face would sit outside the face rules' limits.
        case offCentre
        /// The frame would cut the face box with its margins.
        case cutsFace
        /// The frame would cut another counted face.
        case cutsAnotherFace
        /// The frame's short side would be under the minimum after the downscale.
        case tooSmall
    }

    /// A frame `height` pixels tall with width `aspect` × height, placed with the face centred across and
    /// the eyes at `eyeLine` down, then moved as little as needed to keep the grown face and to stay inside
    /// the photo; `nil` if the photo is narrower than the frame.
    func place(height: Int, aspect: Double, eyeLine eyeFraction: Double) -> CropBox? {
        let width = Int((Double(height) * aspect).rounded())
        let photoWidth = Int(imageWidth.rounded()), photoHeight = Int(imageHeight.rounded())
        guard width >= 1, width <= photoWidth, height <= photoHeight else { return nil }
        let grown = keptFace
        let x = Self.position(
            ideal: face.midX - Double(width) / 2, length: width, keeping: grown.x...grown.maxX, within: photoWidth)
        let y = Self.position(
            ideal: eyeLine - eyeFraction * Double(height), length: height, keeping: grown.y...grown.maxY,
            within: photoHeight)
        return CropBox(x: x, y: y, width: width, height: height)
    }

    /// Judges a placed frame; `shortSide` is its shorter side after the fixed copy's downscale.
    func fit(of crop: CropBox, shortSideAfterDownscale shortSide: Double, minimumSide: Int) -> Fit {
        guard shortSide >= Double(minimumSide) else { return .tooSmall }
        guard crop.keeps(keptFace, imageWidth: imageWidth, imageHeight: imageHeight) else { return .cutsFace }
        for other in others
        where !crop.misses(other) && !crop.keeps(other, imageWidth: imageWidth, imageHeight: imageHeight) {
            return .cutsAnotherFace
        }
        let placement = Placement(face: face, eyeLine: eyeLine, in: crop)
        let maximumOffset = thresholds.maximumHorizontalOffset
        let band = thresholds.minimumVerticalPosition...thresholds.maximumVerticalPosition
        let horizontalSafety = min(FaceFraming.ruleSafety, maximumOffset / 2)
        let verticalSafety = min(FaceFraming.ruleSafety, (band.upperBound - band.lowerBound) / 4)
        guard placement.offset <= maximumOffset - horizontalSafety,
            placement.centre >= band.lowerBound + verticalSafety, placement.centre <= band.upperBound - verticalSafety
        else { return .offCentre }
        let centred =
            placement.offset <= FaceFraming.centringTolerance
            && abs(placement.eyes - FaceFraming.eyeLine) <= FaceFraming.eyeLineTolerance
        return centred ? .centred : .acceptable
    }

    /// For people: the crop and where the face sits in it.
    func describe(_ crop: CropBox) -> String {
        let placement = Placement(face: face, eyeLine: eyeLine, in: crop)
        func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded())) %" }
        return "cropped to \(crop.width)×\(crop.height) at (\(crop.x), \(crop.y)) around the face: centre "
            + "\(percent(placement.offset)) of the width from the middle, eyes \(percent(placement.eyes)) from the "
            + "top, face box \(percent(face.height / Double(crop.height))) of the height"
    }

    /// Where the face sits in a frame, as fractions of the frame.
    private struct Placement {
        /// Horizontal distance of the face centre from the middle, × width.
        var offset: Double
        /// The face box centre, × height from the top.
        var centre: Double
        /// The eye line, × height from the top.
        var eyes: Double

        init(face: FaceBox, eyeLine: Double, in crop: CropBox) {
            let width = Double(crop.width), height = Double(crop.height)
            offset = abs(face.midX - (Double(crop.x) + width / 2)) / width
            centre = (face.midY - Double(crop.y)) / height
            eyes = (eyeLine - Double(crop.y)) / height
        }
    }

    /// The start of a span of `length` pixels: `ideal` rounded, moved to cover `keeping` (clipped to the photo)
    /// when it is short enough, then into `0...within - length`.
    private static func position(ideal: Double, length: Int, keeping: ClosedRange<Double>, within: Int) -> Int {
        var start = Int(ideal.rounded())
        let first = Int(max(0, keeping.lowerBound).rounded(.down))
        let last = Int(min(Double(within), keeping.upperBound).rounded(.up))
        if last - first <= length {
            start = min(start, first)
            start = max(start, last - length)
        }
        return min(max(start, 0), within - length)
    }
}
