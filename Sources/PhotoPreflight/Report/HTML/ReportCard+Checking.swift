import Foundation

extension ReportCard {
    /// Checks the file at `url` with `preflight` and makes its card, reading the file once: the thumbnail
    /// is made from the bytes the check read. Photos that did not decode get no thumbnail.
    public init(checking url: URL, displayPath: String? = nil, with preflight: Preflight) {
        let (analysis, bytes) = preflight.analyzeFile(at: url, displayPath: displayPath)
        let thumbnail =
            analysis.uprightGray == nil
            ? nil : bytes.flatMap { Thumbnail.jpeg(of: $0, maxPixels: preflight.limits.maxPixels) }
        self.init(analysis: analysis, thumbnail: thumbnail)
    }
}
