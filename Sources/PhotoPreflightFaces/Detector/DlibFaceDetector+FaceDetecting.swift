import PhotoPreflight

extension DlibFaceDetector: FaceDetecting {
    /// Finds faces coarse to fine with the search the rule thresholds imply.
    public func detectFaces(
        in image: Raster, thresholds: FaceRuleThresholds, scaleToOriginal: Double
    ) throws -> [DetectedFace] {
        precondition(image.channels == 1, "the face detector takes one gray channel")
        return try findFaces(
            width: image.width, height: image.height, pixels: image.pixels,
            search: FaceSearch(thresholds: thresholds, scaleToOriginal: scaleToOriginal))
    }
}
