/// One component of a photo's score: what was measured, its quality, and the points it gave.
public struct ScoredComponent: Sendable, Codable, Equatable {
    /// The component's id (``ScoreComponent/id``).
    public var id: String
    /// What it measures, for people.
    public var name: String
    /// Whether the component counted: it could be measured (a missing face counts, with quality 0).
    public var counted: Bool
    /// The measured value in `unit`; nil when the component was skipped or its face is missing.
    public var value: Double?
    /// The unit of `value`.
    public var unit: String
    /// What the value was measured on ("main face", "whole frame", "landmarks"); nil when skipped.
    public var basis: String?
    /// The value's quality, 0–1 (0 for a missing face); nil when skipped.
    public var quality: Double?
    /// The declared weight (points are computed with the weights of the counted components renormalised to 100).
    public var weight: Double
    /// Points given, 0 to the renormalised weight, to one decimal.
    public var points: Double
}

/// What one finding did to the score.
public struct ScoreAdjustment: Sendable, Codable, Equatable {
    /// The finding's rule.
    public var rule: RuleID
    /// The finding's severity.
    public var severity: Severity
    /// Points added (always ≤ 0), to one decimal.
    public var points: Double
}

/// A photo's suitability as a HeyGen photo avatar, 0–100, by ``SuitabilityFormula``: the components that
/// could be measured, then what the findings take off. Higher is better.
public struct SuitabilityScore: Sendable, Codable, Equatable {
    /// The score, 0–100, to one decimal.
    public var score: Double
    /// Every declared component, in formula order, skipped ones with no value and 0 points.
    public var components: [ScoredComponent]
    /// What the findings took off, in finding order (warnings first, then the error's factor).
    public var adjustments: [ScoreAdjustment]

    /// Scores a photo from what its components measure and its findings.
    public init(
        inputs: ScoreInputs, findings: [Finding], formula: [ScoreComponent] = SuitabilityFormula.components
    ) {
        let measured = formula.map { ($0, $0.measure(inputs)) }
        let totalWeight = measured.reduce(0) { $0 + ($1.1 == nil ? 0 : $1.0.weight) }
        var base = 0.0
        components = measured.map { component, measure in
            guard let measure, totalWeight > 0 else {
                return ScoredComponent(
                    id: component.id, name: component.name, counted: false, unit: component.unit,
                    weight: component.weight, points: 0)
            }
            let quality = measure.value.map(component.curve.quality) ?? 0
            let points = 100 * component.weight * quality / totalWeight
            base += points
            return ScoredComponent(
                id: component.id, name: component.name, counted: true,
                value: measure.value.map { Self.decimal($0, scale: 1000) },
                unit: component.unit, basis: measure.basis, quality: Self.decimal(quality, scale: 1000),
                weight: component.weight, points: Self.decimal(points, scale: 10))
        }
        var score = base
        var adjustments: [ScoreAdjustment] = []
        for warning in findings where warning.severity == .warning {
            let points = -min(score, SuitabilityFormula.warningPenalty)
            score += points
            adjustments.append(ScoreAdjustment(rule: warning.rule, severity: .warning, points: Self.decimal(points)))
        }
        if let error = findings.first(where: { $0.severity == .error }) {
            let points = -score * (1 - SuitabilityFormula.errorFactor)
            score += points
            adjustments.append(ScoreAdjustment(rule: error.rule, severity: .error, points: Self.decimal(points)))
        }
        self.score = Self.decimal(max(0, min(100, score)))
        self.adjustments = adjustments
    }

    /// A score as text with one decimal, e.g. `87.3`, `100.0`, `8.0`.
    public static func text(_ score: Double) -> String {
        let tenths = Int((max(0, score) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `value` rounded to 1 decimal (`scale` 10) or 3 (`scale` 1000), for stable output.
    private static func decimal(_ value: Double, scale: Double = 10) -> Double {
        // Adding 0 turns -0 (nothing taken off a score of 0) into 0.
        (value * scale).rounded() / scale + 0
    }
}
