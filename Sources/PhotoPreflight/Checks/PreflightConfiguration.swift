/// Thresholds and switches for every rule. The defaults follow HeyGen's photo requirements and the
/// calibration in `docs/calibration.md`.
public struct PreflightConfiguration: Sendable {
    /// Images whose header declares more pixels are refused before decoding. Default 100 megapixels.
    public var maxPixels = 100_000_000
    /// Both displayed sides must be at least this many pixels. Default 512.
    public var minimumSide = 512
    /// Files must be at most this many bytes. Default 10,000,000 (HeyGen: "under 10 MB").
    public var maximumBytes = 10_000_000
    /// Exposure thresholds on the subject brightness (0-255).
    public var exposure = ExposureThresholds()
    /// Sharpness thresholds.
    public var sharpness = SharpnessThresholds()
    /// Contrast threshold.
    public var contrast = ContrastThresholds()
    /// Rules that are switched off.
    public var disabledRules: Set<RuleID> = []
    /// The face detector; `nil` switches the face rules off. The CLI plugs in dlib's (`PhotoPreflightFaces`).
    public var faceDetector: (any FaceDetecting)?
    /// Locates the main face's landmarks for the pose, eye, mouth and lighting rules; `nil` skips them (the
    /// `not-frontal` rule then falls back to the detector's pose filter). The CLI plugs in dlib's.
    public var landmarkLocator: (any FaceLandmarkLocating)?
    /// Limits of the face rules.
    public var faceThresholds = FaceRuleThresholds()

    /// The default configuration.
    public init() {}

    /// Whether `rule` runs.
    public func isEnabled(_ rule: RuleID) -> Bool { !disabledRules.contains(rule) }
}

/// Exposure thresholds: with a face, on the face's skin brightness (0-255); without one, on the subject
/// brightness (centre-weighted mean luma of unclipped pixels, 0-255) and the centre-weighted clipped fractions
/// (0-1).
public struct ExposureThresholds: Sendable, Equatable {
    /// Below this the photo is too dark (error). Default 35.
    public var darkError = 35.0
    /// Below this the photo is rather dark (warning). Default 58.
    public var darkWarning = 58.0
    /// Above this the photo is too bright (error). Default 185.
    public var brightError = 185.0
    /// Above this the photo is rather bright (warning). Default 160.
    public var brightWarning = 160.0
    /// At least this fraction of clipped shadows is too dark whatever the subject brightness. Default 0.9.
    public var shadowClippingLimit = 0.9
    /// At least this fraction of clipped highlights is too bright whatever the subject brightness. Default 0.8
    /// (a white studio backdrop clips about 60 % of a portrait's centre-weighted area).
    public var highlightClippingLimit = 0.8
    /// With a face: below this face skin brightness the photo is too dark (error). Default 35.
    public var faceDarkError = 35.0
    /// With a face: below this face skin brightness the photo is rather dark (warning). Default 60.
    public var faceDarkWarning = 60.0
    /// With a face: above this face skin brightness the photo is too bright (error). Default 215.
    public var faceBrightError = 215.0
    /// With a face: above this face skin brightness the photo is rather bright (warning). Default 190.
    public var faceBrightWarning = 190.0
    /// With a face: at least this fraction of its skin clipped black is a too-dark warning. Default 0.03
    /// (the corpus' portraits clip at most 0.014; a gamma of 3 crushes 0.033-0.44).
    public var faceShadowClippingLimit = 0.03
    /// With a face: at least this fraction of its skin clipped white is a too-bright warning. Default 0.05
    /// (the corpus' portraits clip at most 0.01 of the skin).
    public var faceHighlightClippingLimit = 0.05

    public init() {}
}

/// Sharpness thresholds: with a face, on its Laplacian variance at a 128-pixel face width; without one, on the
/// tile Laplacian-variance score at a 512-pixel short side.
public struct SharpnessThresholds: Sendable, Equatable {
    /// Below this the photo is blurry (error). Default 40.
    public var blurryError = 40.0
    /// Below this the photo is rather soft (warning). Default 100.
    public var blurryWarning = 100.0
    /// With a face: below this face sharpness the photo is blurry (error). Default 60.
    public var faceBlurryError = 60.0
    /// With a face: below this face sharpness the photo is rather soft (warning). Default 150 (the corpus'
    /// portraits measure 206-1309; a 20 px motion blur at any angle leaves at most 139).
    public var faceBlurryWarning = 150.0

    public init() {}
}

/// Contrast threshold on the centre-weighted 5th-95th percentile luma spread.
public struct ContrastThresholds: Sendable, Equatable {
    /// Below this spread the photo is flat (warning). Default 40.
    public var lowContrastWarning = 40.0

    public init() {}
}
