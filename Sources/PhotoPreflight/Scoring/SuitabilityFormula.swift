/// The suitability score's formula, declared once: the components with their weights and curves, and what
/// findings do. The README's score table is generated from it (`scripts/update-readme-rules`).
///
/// score = (100 × Σ weightᵢ × qualityᵢ / Σ weightᵢ, over the components that could be measured; a face
///         component of a photo without a face found counts with quality 0)
///         − ``warningPenalty`` per warning, at least 0; then, when there is an error, × ``errorFactor``
///         (so a failing photo scores at most 20). A photo with nothing measurable scores 0.
public enum SuitabilityFormula {
    /// Points taken off per warning finding (default 10).
    public static let warningPenalty = 10.0
    /// What an error finding multiplies the score by (default 0.2: a failing photo scores 0–20, below
    /// every passing photo with fewer than 8 warnings).
    public static let errorFactor = 0.2

    /// The share of detail a measure taken at `size` pixels keeps against one taken at `reference`: 1 at or
    /// above it, (size ÷ reference)² below. Sharpness is measured at a fixed size but never on an enlarged
    /// copy, so a smaller face or photo would otherwise look sharper than the original it was shrunk from.
    static func detailShare(_ size: Double, of reference: Double) -> Double {
        let ratio = min(1, max(0, size / reference))
        return ratio * ratio
    }

    /// The components, in the order they are shown.
    public static let components: [ScoreComponent] = [
        ScoreComponent(
            id: "exposure", name: "exposure", unit: "luma", weight: 20, curve: .peak(ideal: 140, width: 50),
            source: "mean luma of the main face box; without a face, the subject brightness",
            measure: { inputs in
                guard let metrics = inputs.metrics else { return nil }
                if let face = metrics.faceBrightness { return ScoreMeasure(face, basis: "main face") }
                return ScoreMeasure(metrics.brightness, basis: "whole frame")
            }),
        ScoreComponent(
            id: "sharpness", name: "sharpness", unit: "Laplacian variance", weight: 20,
            curve: .saturating(half: 150),
            source: "Laplacian variance of the main face at 128 px wide; without a face, of the sharpest tiles at a "
                + "512 px short side; × (size ÷ that size)² when the face or photo is smaller (less detail)",
            measure: { inputs in
                guard let metrics = inputs.metrics else { return nil }
                if let face = metrics.faceSharpness {
                    let width = inputs.mainFace?.box.width ?? Double(FaceRegionMeasure.sharpnessWidth)
                    return ScoreMeasure(
                        face * detailShare(width, of: Double(FaceRegionMeasure.sharpnessWidth)), basis: "main face")
                }
                let shortSide = min(inputs.imageWidth, inputs.imageHeight)
                let reference = Double(PhotoMetrics.workingShortSide)
                return ScoreMeasure(
                    metrics.sharpness * detailShare(shortSide > 0 ? shortSide : reference, of: reference),
                    basis: "whole frame")
            }),
        ScoreComponent(
            id: "face-size", name: "face resolution", unit: "px", weight: 15, curve: .saturating(half: 200),
            source: "shorter side of the main face box in original pixels",
            measure: { inputs in inputs.face { min($0.width, $0.height) } }),
        ScoreComponent(
            id: "face-share", name: "face share of the width", unit: "× width", weight: 10,
            curve: .ratioPeak(ideal: 0.3, width: 0.7),
            source: "main face box width ÷ image width (head and shoulders ≈ 0.3)",
            measure: { inputs in inputs.face { $0.width / inputs.imageWidth } }),
        ScoreComponent(
            id: "centring", name: "horizontal centring", unit: "× width", weight: 10,
            curve: .peak(ideal: 0, width: 0.2),
            source: "distance of the main face centre from the middle, as a fraction of the width",
            measure: { inputs in inputs.face { abs($0.midX / inputs.imageWidth - 0.5) } }),
        ScoreComponent(
            id: "face-height", name: "height in the frame", unit: "× height", weight: 5,
            curve: .peak(ideal: 0.4, width: 0.3),
            source: "main face centre, as a fraction of the height from the top",
            measure: { inputs in inputs.face { $0.midY / inputs.imageHeight } }),
        ScoreComponent(
            id: "pose", name: "head pose", unit: "°", weight: 10, curve: .peak(ideal: 0, width: 25),
            source: "√(yaw² + pitch² + roll²) from the landmarks; skipped without landmarks",
            measure: { inputs in
                inputs.landmarks.map {
                    ScoreMeasure(
                        ($0.yaw * $0.yaw + $0.pitch * $0.pitch + $0.roll * $0.roll).squareRoot(),
                        basis: "landmarks")
                }
            }),
        ScoreComponent(
            id: "eyes", name: "eyes open", unit: "eye aspect ratio", weight: 10, curve: .ramp(zero: 0.1, one: 0.25),
            source: "the less open eye's aspect ratio from the landmarks; skipped without landmarks",
            measure: { inputs in
                inputs.landmarks.map {
                    ScoreMeasure(min($0.leftEyeOpenness, $0.rightEyeOpenness), basis: "landmarks")
                }
            }),
    ]
}
