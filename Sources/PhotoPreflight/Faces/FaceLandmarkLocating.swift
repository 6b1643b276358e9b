/// Something that locates the 68 facial landmarks of a face. The face check runs it on the main face only; the
/// dlib implementation lives in the `PhotoPreflightFaces` target so that the core does not depend on dlib.
public protocol FaceLandmarkLocating: Sendable {
    /// The 68 landmarks (iBUG 300-W order, see ``FaceLandmarkFacts/points``) of the face in `box`, both in the
    /// pixels of `image` (one gray channel, upright).
    /// - Throws: when the locator cannot run (for example its model file is missing); the photo is then checked
    ///   without landmarks.
    func locateLandmarks(in image: Raster, face box: FaceBox) throws -> [FacePoint]
}
