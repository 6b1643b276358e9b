import PhotoPreflight
import TestSupport
import Testing

/// Each rule, both ways, on hand-made facts, with default and configured thresholds.
struct RuleTests {
    private func facts(
        name: String = "a.jpg", bytes: Int = 1000, format: ImageFormat = .jpeg, width: Int = 600, height: Int = 800,
        orientation: Orientation? = nil, metrics: PhotoMetrics? = nil, decodeError: DecodeError? = nil
    ) -> PhotoFacts {
        let header = ImageHeader(
            format: format, width: width, height: height, components: 3, bitDepth: 8, isInterlaced: false,
            isArithmeticCoded: false, hasAlpha: false, colorDescription: "YCbCr", orientation: orientation,
            hasICCProfile: false, hasMetadata: false)
        return PhotoFacts(
            fileName: name, byteCount: bytes, sniffed: SniffedFormat(format: format, damagedSignature: false),
            header: format.isAccepted ? header : nil, decodeError: decodeError, metrics: metrics)
    }

    private func metrics(
        brightness: Double = 120, shadows: Double = 0, highlights: Double = 0, sharpness: Double = 500,
        contrast: Double = 150
    ) -> PhotoMetrics {
        PhotoMetrics(
            brightness: brightness, meanLuma: brightness, wholeFrameBrightness: brightness, shadowClipping: shadows,
            highlightClipping: highlights, contrast: contrast, sharpness: sharpness, wholeFrameSharpness: sharpness,
            borderFraction: 0)
    }

    private func severities(
        _ rule: some PhotoRule, _ facts: PhotoFacts, _ configuration: PreflightConfiguration = PreflightConfiguration()
    ) -> [Severity] {
        rule.evaluate(facts, configuration: configuration).map(\.severity)
    }

    @Test func resolutionUsesTheDisplayedShortSide() {
        #expect(severities(TooSmallRule(), facts(width: 512, height: 512)).isEmpty)
        #expect(severities(TooSmallRule(), facts(width: 511, height: 2000)) == [.error])
        #expect(severities(TooSmallRule(), facts(width: 2000, height: 511, orientation: .right)) == [.error])
        var configuration = PreflightConfiguration()
        configuration.minimumSide = 1024
        #expect(severities(TooSmallRule(), facts(width: 1000, height: 2000), configuration) == [.error])
    }

    @Test func fileSizeLimitIsInclusive() {
        #expect(severities(TooLargeRule(), facts(bytes: 10_000_000)).isEmpty)
        let finding = TooLargeRule().evaluate(facts(bytes: 10_000_001), configuration: PreflightConfiguration())
        #expect(finding.first?.value == 10_000_001 && finding.first?.threshold == 10_000_000)
    }

    @Test func formatRejectsOtherFormatsAndWarnsOnMismatchedExtensions() {
        #expect(severities(FormatRule(), facts(name: "x.jpg", format: .webp)) == [.error])
        #expect(
            FormatRule().evaluate(facts(name: "x.jpg", format: .webp), configuration: .init()).first?.message.contains(
                "WebP") == true)
        #expect(severities(FormatRule(), facts(name: "x.png", format: .jpeg)) == [.warning])
        #expect(severities(FormatRule(), facts(name: "X.JPEG", format: .jpeg)).isEmpty)
        #expect(severities(FormatRule(), facts(name: "noextension", format: .jpeg)).isEmpty)
        #expect(severities(FormatRule(), facts(bytes: 0, format: .unknown)) == [.error])
    }

    @Test func corruptionAndPixelLimitComeFromTheDecoder() {
        let corrupt = DecodeError(kind: .corrupt, message: "Premature end of JPEG file", header: nil)
        #expect(severities(CorruptRule(), facts(decodeError: corrupt)) == [.error])
        #expect(severities(CorruptRule(), facts()).isEmpty)
        let bomb = facts(
            decodeError: DecodeError(
                kind: .tooManyPixels, message: "", header: facts(width: 20000, height: 20000).header))
        #expect(severities(TooManyPixelsRule(), bomb) == [.error])
    }

    @Test func darknessIsAnErrorWhenClearAndAWarningNearTheThreshold() {
        #expect(severities(TooDarkRule(), facts(metrics: metrics(brightness: 20))) == [.error])
        #expect(severities(TooDarkRule(), facts(metrics: metrics(brightness: 45))) == [.warning])
        #expect(severities(TooDarkRule(), facts(metrics: metrics(brightness: 90))).isEmpty)
        #expect(severities(TooDarkRule(), facts(metrics: metrics(brightness: 90, shadows: 0.95))) == [.error])
        var configuration = PreflightConfiguration()
        configuration.exposure.darkError = 100
        #expect(severities(TooDarkRule(), facts(metrics: metrics(brightness: 90)), configuration) == [.error])
    }

    @Test func brightnessIsAnErrorWhenClearAndAWarningNearTheThreshold() {
        #expect(severities(TooBrightRule(), facts(metrics: metrics(brightness: 230))) == [.error])
        #expect(severities(TooBrightRule(), facts(metrics: metrics(brightness: 170))) == [.warning])
        #expect(severities(TooBrightRule(), facts(metrics: metrics(brightness: 130, highlights: 0.6))).isEmpty)
        #expect(severities(TooBrightRule(), facts(metrics: metrics(brightness: 130, highlights: 0.85))) == [.error])
    }

    @Test func blurIsAnErrorWhenClearAndAWarningNearTheThreshold() {
        #expect(severities(BlurryRule(), facts(metrics: metrics(sharpness: 10))) == [.error])
        #expect(severities(BlurryRule(), facts(metrics: metrics(sharpness: 70))) == [.warning])
        #expect(severities(BlurryRule(), facts(metrics: metrics(sharpness: 300))).isEmpty)
        var configuration = PreflightConfiguration()
        configuration.sharpness.blurryWarning = 8
        configuration.sharpness.blurryError = 5
        #expect(severities(BlurryRule(), facts(metrics: metrics(sharpness: 10)), configuration).isEmpty)
    }

    @Test func lowContrastIsAWarning() {
        #expect(severities(LowContrastRule(), facts(metrics: metrics(contrast: 20))) == [.warning])
        #expect(severities(LowContrastRule(), facts(metrics: metrics(contrast: 120))).isEmpty)
    }

    @Test func disabledRulesDoNotRun() throws {
        var configuration = PreflightConfiguration()
        configuration.disabledRules = ["too-small"]
        let report = Preflight(configuration: configuration).check(
            fileAt: RepositoryPaths.fixture("fail/too-small.jpg"))
        #expect(report.verdict == .pass)
    }

    @Test func everyRuleHasAUniqueDocumentedID() {
        let ids = RuleRegistry.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in [
            "format", "corrupt", "too-many-pixels", "too-small", "too-large", "too-dark", "too-bright", "blurry",
            "low-contrast",
        ] {
            #expect(RuleRegistry.isKnown(RuleID(rawValue: id)), "missing rule \(id)")
        }
    }
}
