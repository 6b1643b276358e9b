import Foundation

/// Head pose in degrees from the 68 landmarks, by 2D ratios with a simple head model (no 3D fit).
///
/// - **Roll** is exact geometry: the angle of the line from the centre of the eye on the image's left to the
///   centre of the other eye (positive clockwise in the image, as the image's y axis points down).
/// - The other two are read in the face's own upright frame (the points turned by −roll about the eyes' midpoint):
///   - **Yaw**: the nose tip (point 30) moves sideways when the head turns, while the face's outline at ear
///     level (points 0 and 16) stays near the head's silhouette. With the head as a vertical cylinder of
///     half-width `W` and the nose tip `D` in front of its axis, the nose tip's offset from the outline's middle,
///     as a fraction of the outline's half-width, is `(D / W) · sin(yaw)`. Average adult proportions (bitragion
///     breadth about 145 mm, nose tip about 115 mm in front of the tragus) give `W / D` ≈ ``yawWidthToDepth``.
///   - **Pitch**: the nose tip lies below the eyes and in front of them, so nodding changes how far below the
///     eye line it appears. With the nose tip `h` below the eye line and `d` in front of it (in eye distances:
///     `h` = ``frontalNoseDrop``, the median of the shared corpus' portraits; `d` = ``noseDepthToEyeDistance``,
///     about 30 mm for 63 mm between the eyes), a head tilted up by `p` shows a drop of `h·cos p − d·sin p`,
///     about `h − d·p` for moderate angles; the estimate is `atan((h − drop) / d)`, which stays finite for
///     people whose nose tip sits lower than the model's `h` allows.
///
/// Accuracy: roll agrees with known in-plane rotations within a few tenths of a degree (tests rotate real
/// portraits by ±5°, ±10°, ±20°). Yaw and pitch take their scale from average head proportions, not from photos of
/// known angles: the sign is right (a portrait and its mirror give opposite yaw) and a clearly turned or nodding
/// head reads as such, but expect errors of about ±10° on the size. Pitch varies most between people: the nose
/// tip's drop spreads over 0.41–0.75 eye distances on the corpus' level-looking portraits, about ±12°.
public struct HeadPoseEstimate: Sendable, Equatable {
    /// Yaw in degrees; positive when the nose points towards the image's right.
    public var yaw: Double
    /// Pitch in degrees; positive when the face is tilted up.
    public var pitch: Double
    /// Roll in degrees; positive when the head is rotated clockwise in the image.
    public var roll: Double

    /// Half-width of the head at ear level ÷ depth of the nose tip in front of it (average adult proportions).
    public static let yawWidthToDepth = 0.63
    /// How far the nose tip lies below the eye line on a level head, in eye distances (the median of the shared
    /// corpus' portraits).
    public static let frontalNoseDrop = 0.56
    /// How far the nose tip lies in front of the eyes, in eye distances (about 30 mm for 63 mm between the eyes).
    public static let noseDepthToEyeDistance = 0.48

    /// The pose of 68 landmarks (iBUG 300-W order) in any pixel grid with y pointing down.
    public init(points: [FacePoint]) {
        precondition(points.count == 68, "the pose needs the 68 landmarks")
        let leftEye = LandmarkRegion.leftEye.centre(of: points)
        let rightEye = LandmarkRegion.rightEye.centre(of: points)
        let angle = atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x)
        roll = angle * 180 / .pi
        // The face's upright frame: turned by -roll about the eyes' midpoint.
        let pivot = FacePoint(x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2)
        let cosine = cos(-angle), sine = sin(-angle)
        func upright(_ index: Int) -> FacePoint {
            let dx = points[index].x - pivot.x, dy = points[index].y - pivot.y
            return FacePoint(x: cosine * dx - sine * dy, y: sine * dx + cosine * dy)
        }
        let nose = upright(30)
        let outlineLeft = upright(0), outlineRight = upright(16)
        let halfWidth = (outlineRight.x - outlineLeft.x) / 2
        let offset = halfWidth > 0 ? (nose.x - (outlineLeft.x + outlineRight.x) / 2) / halfWidth : 0
        yaw = asin(min(1, max(-1, offset * Self.yawWidthToDepth))) * 180 / .pi
        // Pitch: the nose tip's drop below the eye line, in eye distances, against a level head's. With the nose
        // tip `h` below the eyes and `d` in front of them, nodding up by `p` shows a drop of h·cos p − d·sin p,
        // to first order h − d·p; tan p ≈ (h − drop) / d stays monotonic and finite for any drop.
        let eyeDistance = distance(leftEye, rightEye)
        let drop = eyeDistance > 0 ? nose.y / eyeDistance : Self.frontalNoseDrop
        pitch = atan((Self.frontalNoseDrop - drop) / Self.noseDepthToEyeDistance) * 180 / .pi
    }
}
