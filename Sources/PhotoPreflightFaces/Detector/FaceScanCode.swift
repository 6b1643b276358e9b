/// Which compiled form of dlib's face scan a ``DlibFaceDetector`` runs. Both find the same faces; the AVX2 form
/// computes the HOG features and filters eight floats at a time.
public enum FaceScanCode: String, Sendable, Hashable, CaseIterable {
    /// The AVX2 form on an x86-64 CPU that has AVX2, the portable one elsewhere (the default).
    case fastest
    /// The form compiled for the baseline instruction set, which runs on every CPU.
    case portable
}
