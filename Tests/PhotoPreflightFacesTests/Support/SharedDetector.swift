import PhotoPreflight
import PhotoPreflightFaces

/// One detector for the whole test process, built from dlib's own form (no cache: about 0.35 s, once).
enum SharedDetector {
    static let detector: Result<DlibFaceDetector, FaceDetectorError> = Result { () throws(FaceDetectorError) in
        let detector = DlibFaceDetector(cache: nil)
        try detector.prepare()
        return detector
    }

    /// A second detector running dlib's own scan code (``FaceScanCode/dlib``), the reference for our filtering.
    static let dlibCode: Result<DlibFaceDetector, FaceDetectorError> = Result { () throws(FaceDetectorError) in
        let detector = DlibFaceDetector(cache: nil, scanCode: .dlib)
        try detector.prepare()
        return detector
    }

    /// Finds faces in a working image with the shared detector, the way the check does (coarse to fine).
    static func faces(in image: WorkingImage) throws -> [DetectedFace] {
        try detector.get().findFaces(
            width: image.width, height: image.height, pixels: image.pixels,
            search: FaceSearch(thresholds: FaceRuleThresholds(), scaleToOriginal: image.scaleToOriginal))
    }

    /// Detects faces and runs the face rules with default thresholds.
    static func findings(for image: WorkingImage) throws -> [Finding] {
        RuleRegistry.evaluateFaceRules(
            FaceFacts(
                working: try faces(in: image), workingWidth: image.width, workingHeight: image.height,
                scaleToOriginal: image.scaleToOriginal))
    }
}
