import Foundation
import PhotoPreflight
import PhotoPreflightFaces
import Testing

/// One landmark locator for the test process, caching its model in a folder of the temporary directory (the
/// cache is keyed by the model file's size and time, so reusing it between runs is safe).
enum SharedLandmarks {
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "photo-preflight-tests-landmark-cache")
    static let locator = DlibLandmarkLocator(store: LandmarkModelStore(cacheFolder: cacheFolder))

    /// Why landmark tests are skipped, or `nil` when dlib's 68-point model is installed.
    static var unavailableReason: String? {
        FileManager.default.fileExists(atPath: LandmarkModelStore.debianModelPath)
            ? nil : "\(LandmarkModelStore.debianModelPath) is missing (Debian package libdlib-data)"
    }
}

/// A portrait decoded upright and gray as the check decodes it, with its main face found by the shared detector.
struct LandmarkPortrait {
    /// The decoded upright gray image (at most halved, like the check's).
    var gray: Raster
    /// The main face box in `gray`'s pixels.
    var box: FaceBox

    /// The decoded portrait at `url`; `nil` when no face is found.
    static func load(_ url: URL) throws -> LandmarkPortrait? {
        let bytes = [UInt8](try Data(contentsOf: url))
        let decoded = try ImageDecoder.decode(
            bytes,
            request: DecodeRequest(minimumShortSide: 512, maximumScaleDenominator: 2, layout: .gray, fastIDCT: true))
        return try find(in: decoded.raster.applying(decoded.header.orientation ?? .up))
    }

    /// The main face of `gray`, found at the check's working resolution; `nil` when there is none.
    static func find(in gray: Raster) throws -> LandmarkPortrait? {
        let size = FaceWorkingResolution.workingSize(width: gray.width, height: gray.height)
        let working = gray.areaResized(width: size.width, height: size.height)
        let scale = Double(gray.width) / Double(working.width)
        let faces = try SharedDetector.detector.get().findFaces(
            width: working.width, height: working.height, pixels: working.pixels,
            search: FaceSearch(thresholds: FaceRuleThresholds(), scaleToOriginal: scale))
        let found = FaceFacts(
            working: faces, workingWidth: working.width, workingHeight: working.height, scaleToOriginal: scale)
        guard let main = found.counted(minimumScore: 0.3).first else { return nil }
        return LandmarkPortrait(gray: gray, box: main.box)
    }

    /// The shared locator's 68 points on the main face, in `gray`'s pixels.
    func points() throws -> [FacePoint] {
        try SharedLandmarks.locator.locateLandmarks(in: gray, face: box)
    }

    /// The head pose of the main face.
    func pose() throws -> HeadPoseEstimate { HeadPoseEstimate(points: try points()) }
}

/// The shared corpus' passing single-face portraits (empty without the corpus).
enum LandmarkCorpus {
    static var passingPortraits: [CorpusPhoto] {
        CorpusFaceInputs.photos(where: { $0.source.hasPrefix("portrait/") && $0.expected == "pass" && $0.faces == 1 })
    }
}

extension Raster {
    /// This gray image turned by `degrees` clockwise about its centre (bilinear, same size, black corners).
    func rotated(degrees: Double) -> Raster {
        let angle = degrees * .pi / 180
        let cosine = cos(angle), sine = sin(angle)
        let centreX = Double(width - 1) / 2, centreY = Double(height - 1) / 2
        var result = [UInt8](repeating: 0, count: width * height)
        for row in 0..<height {
            for column in 0..<width {
                // The source of each output pixel: the output position turned back anticlockwise.
                let dx = Double(column) - centreX, dy = Double(row) - centreY
                let x = cosine * dx + sine * dy + centreX, y = -sine * dx + cosine * dy + centreY
                let left = Int(x.rounded(.down)), top = Int(y.rounded(.down))
                guard left >= 0, top >= 0, left + 1 < width, top + 1 < height else { continue }
                let fx = x - Double(left), fy = y - Double(top)
                func at(_ c: Int, _ r: Int) -> Double { Double(pixels[r * width + c]) }
                let value =
                    (at(left, top) * (1 - fx) + at(left + 1, top) * fx) * (1 - fy)
                    + (at(left, top + 1) * (1 - fx) + at(left + 1, top + 1) * fx) * fy
                result[row * width + column] = UInt8(min(255, max(0, value.rounded())))
            }
        }
        return Raster(width: width, height: height, channels: 1, pixels: result)
    }
}
