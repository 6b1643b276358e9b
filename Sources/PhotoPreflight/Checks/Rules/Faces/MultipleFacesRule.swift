/// `multiple-faces` (error): besides the main face there is another face large enough to matter, that is at
/// least `secondaryFaceRelativeWidth` of the main face's width.
public struct MultipleFacesRule: PhotoRule {
    /// `rules.multiple-faces.other-face-width`.
    public static let otherFaceWidth = RuleParameter(
        "other-face-width", keyPath: \.faceThresholds.secondaryFaceRelativeWidth, range: .fraction,
        unit: "of the main face's width", comparison: "no other face ≥",
        help: "Another face counts if it is at least this fraction of the main face's width (0-1).")

    public static let descriptor = RuleDescriptor(
        id: "multiple-faces", summary: "exactly one face; much smaller background faces are ignored",
        severity: .error, parameters: [otherFaceWidth], switches: faceCheckSwitches)

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        guard let context = FaceRuleContext(facts, configuration), let main = context.mainFace else { return [] }
        let minimumWidth = main.box.width * context.thresholds.secondaryFaceRelativeWidth
        let others = context.faces.dropFirst().filter { $0.box.width >= minimumWidth }
        guard !others.isEmpty else { return [] }
        let count = others.count + 1
        let percent = formatted(context.thresholds.secondaryFaceRelativeWidth * 100)
        return [
            finding(
                "\(count) faces found; only one is allowed (faces at least \(percent) % as wide as the main face, "
                    + "\(formatted(main.box.width)) px, count)",
                value: Double(count), threshold: 1, unit: "faces", faceBox: main.box)
        ]
    }
}
