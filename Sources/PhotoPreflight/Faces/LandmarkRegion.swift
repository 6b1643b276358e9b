/// Groups of the 68 landmarks (iBUG 300-W layout) the measures use.
enum LandmarkRegion {
    /// Eye on the image's left: points 36–41 (outer corner, two upper lid points, inner corner, two lower).
    case leftEye
    /// Eye on the image's right: points 42–47, in the same order.
    case rightEye

    var indices: ClosedRange<Int> {
        switch self {
        case .leftEye: 36...41
        case .rightEye: 42...47
        }
    }

    /// Mean of the region's points.
    func centre(of points: [FacePoint]) -> FacePoint {
        let count = Double(indices.count)
        return FacePoint(
            x: indices.reduce(0) { $0 + points[$1].x } / count, y: indices.reduce(0) { $0 + points[$1].y } / count)
    }

    /// Eye aspect ratio (Soukupová & Čech 2016): the two lid gaps ÷ twice the corner-to-corner width.
    func aspectRatio(of points: [FacePoint]) -> Double {
        let p = indices.map { points[$0] }
        let width = distance(p[0], p[3])
        guard width > 0 else { return 0 }
        return (distance(p[1], p[5]) + distance(p[2], p[4])) / (2 * width)
    }
}

/// Inner-lip gap (mean of the three gaps between points 61–63 and 67–65) ÷ mouth width (corners 48 to 54).
func innerLipGapRatio(of points: [FacePoint]) -> Double {
    let width = distance(points[48], points[54])
    guard width > 0 else { return 0 }
    let gap = (distance(points[61], points[67]) + distance(points[62], points[66]) + distance(points[63], points[65]))
    return gap / 3 / width
}

/// Euclidean distance in pixels.
func distance(_ a: FacePoint, _ b: FacePoint) -> Double {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
}
