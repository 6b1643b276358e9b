import PhotoPreflight
import Testing

/// The rules' declared parameters: defaults, key paths, names and ranges.
@Suite struct RuleParameterTests {
    let parameters = RuleRegistry.parameters

    @Test func everyDeclaredDefaultEqualsTheDefaultConfigurationAndIsAllowed() {
        let defaults = PreflightConfiguration()
        #expect(parameters.count >= 11)
        for (rule, parameter) in parameters {
            #expect(parameter.defaultValue == parameter.value(in: defaults), "\(rule).\(parameter.key)")
            #expect(parameter.problem(with: parameter.defaultValue) == nil, "\(rule).\(parameter.key)")
        }
    }

    @Test func eachParameterWritesItsOwnFieldOnly() {
        for (rule, parameter) in parameters {
            var configuration = PreflightConfiguration()
            let changed = parameter.defaultValue == parameter.range.lowerBound ? 1.0 : parameter.range.lowerBound
            parameter.set(changed, in: &configuration)
            #expect(parameter.value(in: configuration) == changed, "\(rule).\(parameter.key)")
            for (otherRule, other) in parameters where !(otherRule == rule && other.key == parameter.key) {
                #expect(
                    other.value(in: configuration) == other.defaultValue,
                    "\(rule).\(parameter.key) also changed \(otherRule).\(other.key)")
            }
        }
    }

    @Test func configKeysAndFlagsAreUnique() {
        let keys = parameters.map { "\($0.rule).\($0.parameter.key)" }
        #expect(Set(keys).count == keys.count)
        let flags = parameters.compactMap(\.parameter.flag)
        #expect(Set(flags).count == flags.count)
        for flag in [
            "max-pixels", "min-side", "max-bytes", "dark-error", "dark-warning", "bright-error", "bright-warning",
            "blur-error", "blur-warning", "contrast-warning", "min-face-side",
        ] {
            #expect(flags.contains(flag), "missing --\(flag)")
        }
    }

    @Test func rangesRejectValuesOutsideThemAndFractionsOfCounts() throws {
        let darkError = try #require(TooDarkRule.descriptor.parameters.first { $0.key == "error" })
        #expect(darkError.problem(with: 300) == "must be between 0 and 255")
        #expect(darkError.problem(with: 255) == nil)
        #expect(BlurryRule.error.problem(with: -4) == "must be ≥ 0")
        #expect(TooSmallRule.minSide.problem(with: 0) != nil)
        #expect(TooSmallRule.minSide.problem(with: 1.5)?.contains("whole number") == true)
        #expect(darkError.problem(with: .nan) != nil)
    }

    @Test func countsReadAsOpenRangesAndHugeValuesSayTheirLimit() {
        #expect(TooSmallRule.minSide.allowedValues == "a whole number ≥ 1")
        #expect(TooSmallRule.minSide.problem(with: 0) == "must be ≥ 1")
        #expect(TooSmallRule.minSide.problem(with: 1e16) == "must be at most 1000000000000000")
        #expect(TooSmallRule.minSide.problem(with: 4096) == nil)
    }

    @Test func defaultsReadAsRequirementsFromTheConfiguration() {
        #expect(
            TooDarkRule.descriptor.defaultThreshold
                == "error < 35 luma, warning < 58 luma, error ≥ 0.9 clipped, face error < 35 luma, "
                + "face warning < 60 luma, face warning ≥ 0.03 of the face clipped")
        #expect(TooLargeRule.descriptor.defaultThreshold == "≤ 10,000,000 bytes")
        #expect(FormatRule.descriptor.defaultThreshold == "JPEG, PNG")
        var configuration = PreflightConfiguration()
        TooSmallRule.minSide.set(20, in: &configuration)
        #expect(configuration.minimumSide == 20)
    }
}
