extension FaceLandmarkFacts {
    /// Takes every measure from 68 landmarks located in the pixels of `gray` (the face check's upright gray
    /// image); `toOriginal` is original upright pixels per pixel of `gray`, for the stored points.
    init(measuring located: [FacePoint], in gray: Raster, toOriginal: Double) {
        let points = located.map { FacePoint(x: $0.x * toOriginal, y: $0.y * toOriginal) }
        let pose = HeadPoseEstimate(points: points)
        self.init(
            points: points, yaw: pose.yaw, pitch: pose.pitch, roll: pose.roll,
            leftEyeOpenness: LandmarkRegion.leftEye.aspectRatio(of: points),
            rightEyeOpenness: LandmarkRegion.rightEye.aspectRatio(of: points),
            mouthOpenness: innerLipGapRatio(of: points),
            lightingAsymmetry: FaceLightingAsymmetry.measure(points: located, gray: gray))
    }
}
