import PhotoPreflight
import TestSupport
import Testing

/// The HTML report draws the detected face over the thumbnail and lists the face measures.
struct FaceOverlayTests {
    /// The fixture portrait checked with a fixed face box of 240 × 240 px at (180, 200) in its 600 × 800 px.
    private func card() -> ReportCard {
        var configuration = PreflightConfiguration()
        configuration.faceDetector = FixedFaceDetector(fractions: FaceBox(x: 0.3, y: 0.25, width: 0.4, height: 0.3))
        return ReportCard(
            checking: RepositoryPaths.fixture("pass/portrait.jpg"), displayPath: "portrait.jpg",
            with: Preflight(configuration: configuration))
    }

    private func page(_ card: ReportCard) -> String {
        HTMLReport(configuration: PreflightConfiguration(), generator: "test").render([card])
    }

    @Test func drawsTheFaceBoxAndTheCutOffFrameInPhotoPixels() throws {
        let html = page(card())
        #expect(html.contains("<svg class=\"faces\" viewBox=\"0 0 600 800\""))
        #expect(html.contains("<rect class=\"face\" x=\"180\" y=\"200\" width=\"240\" height=\"240\"/>"))
        // Grown by 0.15 of the width each side, 0.4 of the height above and 0.15 below.
        #expect(html.contains("<rect class=\"frame\" x=\"144\" y=\"104\" width=\"312\" height=\"372\"/>"))
        #expect(!html.contains("<circle"))
    }

    @Test func drawsTheLandmarksWhenTheyWereLocated() {
        var card = card()
        card.landmarks = (0..<68).map { FacePoint(x: 200 + Double($0), y: 300) }
        let html = page(card)
        #expect(html.components(separatedBy: "<circle").count - 1 == 68)
        #expect(html.contains("<circle cx=\"267\" cy=\"300\""))
    }

    @Test func listsTheFaceMeasuresBesideTheWholeFrame() {
        let html = page(card())
        for row in ["brightness (frame)", "face brightness (skin)", "face clipped highlights", "face sharpness"] {
            #expect(html.contains("<td>\(row)</td>"), "\(row)")
        }
        let faceless = HTMLReportTests.card("pass/portrait.jpg")
        #expect(!page(faceless).contains("<svg class=\"faces\""))
        #expect(!page(faceless).contains("face sharpness"))
    }
}
