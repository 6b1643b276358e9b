/// One measured value a component scores, and what it was measured on.
public struct ScoreMeasure: Sendable, Equatable {
    /// The measured value, in the component's unit; nil when the thing measured is missing (the face check
    /// ran and found no face): the component then counts with quality 0.
    public var value: Double?
    /// What it was measured on, e.g. "main face" or "whole frame" (the fallback when no face was found).
    public var basis: String

    /// Creates a measure.
    public init(_ value: Double?, basis: String) {
        self.value = value
        self.basis = basis
    }

    /// The measure of a face component when the face check found no face: counted, quality 0.
    public static let noFace = ScoreMeasure(nil, basis: "no face found")
}

/// One term of the suitability score, declared once in ``SuitabilityFormula/components``: what it measures,
/// how the measure becomes a quality (0–1), and its weight. A component that cannot be measured (the face
/// check did not run, no landmarks) is skipped and the weights of the others are renormalised; a face
/// component of a photo in which the face check found no face counts with quality 0.
public struct ScoreComponent: Sendable {
    /// Stable id, e.g. `exposure`; the key in JSON.
    public var id: String
    /// What it measures, in a few words, for people.
    public var name: String
    /// The unit of the measured value, e.g. "luma", "px", "°".
    public var unit: String
    /// Weight among the components (they sum to 100, so with every component present a weight is the most
    /// points the component can give).
    public var weight: Double
    /// How the measured value becomes a quality.
    public var curve: ScoreCurve
    /// When the component counts and where its value comes from, for the README's score table.
    public var source: String
    /// The measure of a photo; nil when it cannot be measured (the component is skipped), ``ScoreMeasure/noFace``
    /// when its face is missing.
    public var measure: @Sendable (ScoreInputs) -> ScoreMeasure?

    /// Creates a component.
    public init(
        id: String, name: String, unit: String, weight: Double, curve: ScoreCurve, source: String,
        measure: @escaping @Sendable (ScoreInputs) -> ScoreMeasure?
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.weight = weight
        self.curve = curve
        self.source = source
        self.measure = measure
    }
}
