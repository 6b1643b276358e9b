import Testing

@testable import PhotoPreflight

/// The stored orientation is named after where it came from: EXIF for JPEG/PNG, `irot`/`imir` for AVIF.
@Suite struct OrientationLabelTests {
    func report(format: String, orientation: Int?) -> PhotoReport {
        var report = PhotoReport(path: "p", format: format, header: nil, bytes: 1, metrics: nil, findings: [])
        report.orientation = orientation
        return report
    }

    @Test func jpegNamesEXIFAndAVIFNamesItsBoxes() {
        #expect(report(format: "jpeg", orientation: 6).orientationLabel == "EXIF orientation 6")
        #expect(report(format: "avif", orientation: 8).orientationLabel == "AVIF irot/imir as orientation 8")
    }

    @Test func uprightOrUnknownHasNoLabel() {
        #expect(report(format: "jpeg", orientation: 1).orientationLabel == nil)
        #expect(report(format: "avif", orientation: nil).orientationLabel == nil)
    }

    @Test func textLineUsesTheLabel() {
        var avif = report(format: "avif", orientation: 8)
        avif.width = 600
        let line = TextReportFormatter(colored: false, showPassing: true).render([avif])
        #expect(line.contains("AVIF irot/imir as orientation 8"))
        #expect(!line.contains("EXIF orientation"))
    }
}
