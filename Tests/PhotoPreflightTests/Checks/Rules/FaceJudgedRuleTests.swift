import PhotoPreflight
import Testing

/// `too-bright`, `too-dark` and `blurry` judge the main face when the face check measured one, and the whole
/// frame otherwise, saying which they measured.
struct FaceJudgedRuleTests {
    /// Whole-frame measures of an ordinary photo, with the face's measures when `face` is given.
    private func metrics(
        frameBrightness: Double = 120, frameMean: Double? = nil, frameSharpness: Double = 500,
        wholeFrameSharpness: Double = 300, face: (skin: Double, shadows: Double, highlights: Double, sharpness: Double)?
    ) -> PhotoMetrics {
        var metrics = PhotoMetrics(
            brightness: frameBrightness, meanLuma: frameMean ?? frameBrightness, wholeFrameBrightness: frameBrightness,
            shadowClipping: 0, highlightClipping: 0, contrast: 150, sharpness: frameSharpness,
            wholeFrameSharpness: wholeFrameSharpness, borderFraction: 0)
        if let face {
            metrics.faceBrightness = face.skin
            metrics.faceSkinBrightness = face.skin
            metrics.faceShadowClipping = face.shadows
            metrics.faceHighlightClipping = face.highlights
            metrics.faceContrast = 120
            metrics.faceSharpness = face.sharpness
        }
        return metrics
    }

    /// Facts with `metrics`; `faceCheck` says whether the face check ran (it found a face when the metrics
    /// have face measures, none otherwise).
    private func facts(_ metrics: PhotoMetrics, faceCheck: Bool = true) -> PhotoFacts {
        let box = FaceBox(x: 300, y: 300, width: 300, height: 300)
        let detections =
            metrics.faceSkinBrightness == nil ? [] : [DetectedFace(box: box, score: 1.5, pose: .frontal)]
        return PhotoFacts(
            fileName: "a.jpg", byteCount: 1000, sniffed: SniffedFormat(format: .jpeg, damagedSignature: false),
            metrics: metrics,
            faces: faceCheck ? FaceFacts(detections: detections, imageWidth: 1000, imageHeight: 1000) : nil)
    }

    private func findings(
        _ rule: some PhotoRule, _ facts: PhotoFacts, _ configuration: PreflightConfiguration = PreflightConfiguration()
    ) -> [Finding] {
        rule.evaluate(facts, configuration: configuration)
    }

    @Test func aBlownFaceIsTooBrightThoughTheWholeFrameLooksFine() throws {
        // +2 EV on a real portrait: the unclipped whole-frame pixels stay moderate, the face does not.
        let blown = facts(metrics(face: (skin: 230, shadows: 0, highlights: 0.6, sharpness: 600)))
        let finding = try #require(findings(TooBrightRule(), blown).first)
        #expect(finding.severity == .error)
        #expect(finding.value == 230 && finding.threshold == 215)
        #expect(finding.message.contains("on the face"))
        let bright = facts(metrics(face: (skin: 200, shadows: 0, highlights: 0, sharpness: 600)))
        #expect(findings(TooBrightRule(), bright).map(\.severity) == [.warning])
        let fine = facts(metrics(frameBrightness: 190, face: (skin: 160, shadows: 0, highlights: 0, sharpness: 600)))
        #expect(findings(TooBrightRule(), fine).isEmpty)
    }

    @Test func clippedSkinWarnsEvenAtAModerateFaceBrightness() throws {
        let face = facts(metrics(face: (skin: 178, shadows: 0, highlights: 0.12, sharpness: 600)))
        let finding = try #require(findings(TooBrightRule(), face).first)
        #expect(finding.severity == .warning)
        #expect(finding.value == 0.12 && finding.threshold == 0.05)
        #expect(finding.message.contains("skin is clipped white"))
        let crushed = facts(metrics(face: (skin: 80, shadows: 0.2, highlights: 0, sharpness: 600)))
        #expect(findings(TooDarkRule(), crushed).map(\.severity) == [.warning])
        var configuration = PreflightConfiguration()
        configuration.exposure.faceHighlightClippingLimit = 0.2
        #expect(findings(TooBrightRule(), face, configuration).isEmpty)
    }

    @Test func aDarkFaceIsTooDarkThoughTheWholeFrameLooksFine() throws {
        let dark = facts(metrics(face: (skin: 30, shadows: 0.01, highlights: 0, sharpness: 600)))
        let finding = try #require(findings(TooDarkRule(), dark).first)
        #expect(finding.severity == .error && finding.message.contains("on the face"))
        #expect(findings(TooDarkRule(), facts(metrics(face: (50, 0, 0, 600)))).map(\.severity) == [.warning])
        // A dark stage around a well-lit face is fine.
        #expect(findings(TooDarkRule(), facts(metrics(frameBrightness: 20, face: (140, 0, 0, 600)))).isEmpty)
    }

    @Test func aSoftFaceIsBlurryThoughTheBackgroundIsSharp() throws {
        // A 30 px vertical motion blur: whole-frame tiles stay above the warning line, the face does not.
        let smeared = facts(metrics(frameSharpness: 120, face: (skin: 150, shadows: 0, highlights: 0, sharpness: 77)))
        let finding = try #require(findings(BlurryRule(), smeared).first)
        #expect(finding.severity == .warning)
        #expect(finding.message == "soft: sharpness 77 (below 150) on the face")
        let blurred = facts(metrics(face: (skin: 150, shadows: 0, highlights: 0, sharpness: 30)))
        #expect(findings(BlurryRule(), blurred).map(\.severity) == [.error])
        // A bokeh portrait: soft background, sharp face.
        let bokeh = facts(metrics(frameSharpness: 20, face: (skin: 150, shadows: 0, highlights: 0, sharpness: 500)))
        #expect(findings(BlurryRule(), bokeh).isEmpty)
    }

    @Test func faceThresholdsAreTheirOwnParameters() {
        let face = facts(metrics(face: (skin: 200, shadows: 0, highlights: 0, sharpness: 120)))
        var configuration = PreflightConfiguration()
        configuration.exposure.faceBrightWarning = 205
        configuration.sharpness.faceBlurryWarning = 100
        #expect(findings(TooBrightRule(), face, configuration).isEmpty)
        #expect(findings(BlurryRule(), face, configuration).isEmpty)
        // The whole-frame thresholds do not judge a face.
        configuration.exposure.brightWarning = 100
        configuration.sharpness.blurryWarning = 1000
        #expect(findings(TooBrightRule(), face, configuration).isEmpty)
        #expect(findings(BlurryRule(), face, configuration).isEmpty)
        let keys = TooBrightRule.descriptor.parameters.map(\.key)
        #expect(
            keys.contains("face-error") && keys.contains("face-warning") && keys.contains("face-highlight-clipping"))
        #expect(BlurryRule.descriptor.options.contains("--face-blur-warning"))
    }

    @Test func faceThresholdPairsMustBeOrdered() {
        var configuration = PreflightConfiguration()
        configuration.exposure.faceBrightError = 150
        #expect(
            configuration.thresholdOrderProblems == [
                "--face-bright-error / rules.too-bright.face-error (150) is below --face-bright-warning / "
                    + "rules.too-bright.face-warning (190): an error threshold may not be below its warning threshold"
            ])
    }

    @Test func withoutTheFaceCheckTheWholeFrameIsJudgedAsBefore() throws {
        let dark = facts(metrics(frameBrightness: 20, face: nil), faceCheck: false)
        let finding = try #require(findings(TooDarkRule(), dark).first)
        #expect(finding.severity == .error)
        #expect(finding.message == "too dark: brightness 20 (below 35) in the whole frame, 0% clipped shadows")
        let soft = facts(metrics(frameSharpness: 30, face: nil), faceCheck: false)
        #expect(findings(BlurryRule(), soft).first?.message == "blurry: sharpness 30 (below 40) in the whole frame")
    }

    @Test func withNoFaceFoundTheWholeFrameCountsEveryPixelAndSaysSo() throws {
        // Gamma 4.5: most pixels crushed; the few unclipped ones alone would look only dim.
        let crushed = metrics(frameBrightness: 62, frameMean: 20, face: nil)
        #expect(findings(TooDarkRule(), facts(crushed, faceCheck: false)).isEmpty)
        let finding = try #require(findings(TooDarkRule(), facts(crushed)).first)
        #expect(finding.severity == .error && finding.value == 20)
        #expect(finding.message.contains("in the whole frame (no face found)"))
        // Motion blur that hides the face: the sharpest tiles survive, the whole frame does not.
        let smeared = metrics(frameSharpness: 150, wholeFrameSharpness: 30, face: nil)
        #expect(findings(BlurryRule(), facts(smeared, faceCheck: false)).isEmpty)
        #expect(findings(BlurryRule(), facts(smeared)).map(\.severity) == [.error])
    }
}
