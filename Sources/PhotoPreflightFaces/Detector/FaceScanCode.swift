/// Which code of dlib's face scan a ``DlibFaceDetector`` runs. All find the same faces: ``dlib`` and ``fastest``
/// the same scores too, ``portable`` scores equal to within float rounding.
public enum FaceScanCode: String, Sendable, Hashable, CaseIterable {
    /// The AVX2 form on an x86-64 CPU that has AVX2, the portable one elsewhere, filtering the HOG features with
    /// this package's own filtering (the default).
    case fastest
    /// The form compiled for the baseline instruction set, which runs on every CPU, with the same filtering.
    case portable
    /// The fastest compiled form with dlib's own code throughout (its detector call and its filtering of the HOG
    /// features): slower, the reference the package's filtering is tested against.
    case dlib
}
