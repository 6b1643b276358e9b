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

    /// The project defaults.
    public init() {}
}
