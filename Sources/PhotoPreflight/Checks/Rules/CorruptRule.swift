/// `corrupt`: the whole image must decode, with no data missing. libjpeg only warns about a truncated
/// file ("Premature end of JPEG file") and pads it with grey; that counts as corrupt here.
public struct CorruptRule: PhotoRule {
    public static let descriptor = RuleDescriptor(
        id: "corrupt", summary: "full decode succeeds with no data missing or damaged",
        severity: .error, requirement: "no decoder errors or data warnings",
        details:
            "the whole image decodes with no data missing: decoder errors, PNG CRC errors, and libjpeg's \"data\" warnings (e.g. *Premature end of JPEG file*, for which libjpeg pads with grey)"
    )

    public init() {}

    public func evaluate(_ facts: PhotoFacts, configuration: PreflightConfiguration) -> [Finding] {
        if facts.sniffed.damagedSignature {
            return [Finding(rule: id, severity: .error, message: "PNG signature is damaged (text-mode transfer?)")]
        }
        guard let error = facts.decodeError, error.kind == .corrupt || error.kind == .outOfMemory else { return [] }
        let what = error.kind == .outOfMemory ? "cannot be decoded in memory" : "damaged or truncated"
        return [
            Finding(
                rule: id, severity: .error, message: "\(facts.sniffed.format.displayName) \(what): \(error.message)")
        ]
    }
}
