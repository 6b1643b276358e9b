/// Configurable limits of the face rules. Every property has the project default; fractions are 0…1.
public struct FaceRuleThresholds: Sendable, Hashable, Codable {
    /// Detections scoring below this are ignored by every rule (dlib confidence; default 0.3). False positives
    /// seen on the corpus scored 0.004–0.19; real portrait faces 0.33–3.0.
    public var minimumScore: Double = 0.3
    /// `multiple-faces`: another face counts if its width is at least this fraction of the main face's
    /// width (default 0.4).
    public var secondaryFaceRelativeWidth: Double = 0.4
    /// `face-too-small`: smallest allowed side of the main face box, in original pixels (default 200).
    public var minimumFaceSide: Double = 200
    /// `face-cut-off`: margin added left and right of the face box, as a fraction of its width (default 0.15).
    public var cutOffSideMargin: Double = 0.15
    /// `face-cut-off`: margin added above the face box for forehead and hair, as a fraction of its height
    /// (default 0.4).
    public var cutOffTopMargin: Double = 0.4
    /// `face-cut-off`: margin added below the face box for the chin, as a fraction of its height (default 0.15).
    public var cutOffBottomMargin: Double = 0.15
    /// `face-off-centre`: largest horizontal distance of the face centre from the image middle, as a fraction
    /// of the image width (default 0.2).
    public var maximumHorizontalOffset: Double = 0.2
    /// `face-off-centre`: highest allowed face centre, as a fraction of the image height from the top
    /// (default 0.15).
    public var minimumVerticalPosition: Double = 0.15
    /// `face-off-centre`: lowest allowed face centre, as a fraction of the image height from the top
    /// (default 0.65).
    public var maximumVerticalPosition: Double = 0.65
    /// `not-frontal`: head poses that pass (default: only ``FacePose/frontal``).
    public var acceptedPoses: Set<FacePose> = [.frontal]
    /// `not-frontal`: largest head turn left or right, |yaw| in degrees, measured from the landmarks (default 20).
    public var maximumYaw: Double = 20
    /// `not-frontal`: largest nod up or down, |pitch| in degrees, measured from the landmarks (default 25:
    /// the pitch estimate varies by about ±12° between people).
    public var maximumPitch: Double = 25
    /// `not-frontal`: largest in-plane tilt of the eye line, |roll| in degrees (default 10).
    public var maximumRoll: Double = 10
    /// `eyes-closed`: the more open eye's aspect ratio (lid gap ÷ eye width) must reach this (default 0.15; open
    /// eyes measure about 0.25–0.35).
    public var minimumEyeOpenness: Double = 0.15
    /// `mouth-open`: largest inner-lip gap ÷ mouth width (default 0.35; closed lips measure about 0.02, smiles
    /// showing teeth 0.13–0.25 on the shared corpus).
    public var maximumMouthOpenness: Double = 0.35
    /// `uneven-lighting`: largest brightness difference of the face's halves ÷ their mean, 0–1 (default 0.5:
    /// one half 1.7 times as bright as the other; evenly lit portraits of the shared corpus measure 0.01–0.35).
    public var maximumLightingAsymmetry: Double = 0.5

    /// The project defaults.
    public init() {}
}
