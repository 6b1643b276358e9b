/// `no-face` (error): no face was detected after applying the EXIF orientation. HeyGen rejects such photos
/// with "No face detected, please try another photo".
public enum NoFaceRule: FaceRule {
    public static let id = "no-face"
    public static let severity = FaceSeverity.error
    public static let summary = "at least one face is detected (dlib score ≥ minimum score)"

    public static func evaluate(_ context: FaceRuleContext) -> FaceFinding? {
        guard context.faces.isEmpty else { return nil }
        return finding(
            "no face detected (a frontal, upright, clearly visible face is needed)",
            value: 0, threshold: 1, unit: "faces")
    }
}
