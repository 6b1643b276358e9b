import Foundation
import PhotoPreflight
import Synchronization

/// Finds faces in an upright 8-bit grayscale image with dlib's HOG frontal face detector.
///
/// Thread-safe: dlib's detector object must not be shared between threads, so this type keeps a pool of
/// detector copies and each call uses one copy exclusively. Concurrent calls get their own copy (made on demand
/// from a prototype, which is fast). Creating a `DlibFaceDetector` costs nothing: the prototype is made by the
/// first detection (or ``prepare()``), from the ``DetectorCache`` in a few milliseconds, else from dlib's
/// compiled-in form in about 0.35 s (and then cached). Create one per process and share it.
///
/// HOG only finds faces whose box is at least about 80×80 pixels in the image it is given, and up to about
/// 30° of head tilt. Pass an image at the working resolution of ``FaceWorkingResolution`` to
/// ``findFaces(width:height:pixels:search:)-(_,_,UnsafeBufferPointer<UInt8>,_)``.
public final class DlibFaceDetector: Sendable {
    /// Largest image accepted, in pixels (width × height): 40 megapixels.
    public static let maximumPixelCount = 40_000_000

    /// Where the prototype is loaded from and stored; `nil`: always built from dlib's form.
    public let cache: DetectorCache?
    /// Which code of the scan runs.
    public let scanCode: FaceScanCode
    private let prototype = Mutex<(instance: DetectorInstance, source: DetectorModelSource)?>(nil)
    private let idle = Mutex<[DetectorInstance]>([])
    /// Detections running now, to decide whether a second core is free.
    private let running = Atomic<Int>(0)
    private static let processorCount = ProcessInfo.processInfo.activeProcessorCount

    /// A detector whose dlib model is loaded when first needed, from `cache` when it holds a valid copy
    /// (default: ``DetectorCache/standard``), scanning with the code `scanCode` chooses (default: the fastest
    /// this CPU runs).
    public init(cache: DetectorCache? = .standard, scanCode: FaceScanCode = .fastest) {
        self.cache = cache
        self.scanCode = scanCode
    }

    /// The instruction set the scan runs with: `avx2` or `portable` (loads dlib's model if need be).
    /// - Throws: ``FaceDetectorError`` if dlib's model cannot be loaded.
    public func instructionSet() throws(FaceDetectorError) -> String {
        let instance = try checkOut()
        defer { idle.withLock { $0.append(instance) } }
        return instance.instructionSet
    }

    /// Loads dlib's model now rather than at the first detection (which otherwise does it).
    /// - Returns: Where the model came from (the first load's source, on later calls too).
    /// - Throws: ``FaceDetectorError`` if dlib fails (out of memory).
    @discardableResult
    public func prepare() throws(FaceDetectorError) -> DetectorModelSource {
        let instance = try checkOut()
        idle.withLock { $0.append(instance) }
        return prototype.withLock { $0?.source ?? .compiledIn }
    }

    /// Finds the faces that matter for the face rules, one coarse scan and at most one finer one (see
    /// ``FaceSearch``): for a typical portrait this costs a fraction of one full-resolution scan.
    ///
    /// - Parameters:
    ///   - width: Image width in pixels, 1…`Int32.max`.
    ///   - height: Image height in pixels, 1…`Int32.max`.
    ///   - pixels: `width × height` luma values, row by row, top row first (`stride == width`).
    ///   - search: Search settings; take them from the rule thresholds with ``FaceSearch/init(thresholds:scaleToOriginal:)``.
    /// - Returns: The faces, best score first; boxes in pixels of this image. Empty if there is no face.
    /// - Throws: ``FaceDetectorError/invalidImage(_:)`` if the buffer does not match the size.
    public func findFaces(
        width: Int, height: Int, pixels: UnsafeBufferPointer<UInt8>, search: FaceSearch = FaceSearch()
    ) throws(FaceDetectorError) -> [DetectedFace] {
        let factor = search.coarseFactor(width: width, height: height)
        let coarse = try detect(width: width, height: height, pixels: pixels, downscale: Double(factor))
        guard let finer = search.finerScan(after: coarse, coarseFactor: factor) else { return coarse }
        let fine = try detect(
            width: width, height: height, pixels: pixels, downscale: finer.downscale,
            pyramidLevels: finer.pyramidLevels)
        return try overlapRule().suppressingOverlaps(coarse + fine)
    }

    /// ``findFaces(width:height:pixels:search:)-(_,_,UnsafeBufferPointer<UInt8>,_)`` over an array.
    public func findFaces(
        width: Int, height: Int, pixels: [UInt8], search: FaceSearch = FaceSearch()
    ) throws(FaceDetectorError) -> [DetectedFace] {
        try pixels.withUnsafeBufferPointer { buffer throws(FaceDetectorError) in
            try findFaces(width: width, height: height, pixels: buffer, search: search)
        }
    }

    /// Detects faces in one scan of a row-major grayscale buffer (`stride == width`).
    ///
    /// - Parameters:
    ///   - width: Image width in pixels, 1…`Int32.max`.
    ///   - height: Image height in pixels, 1…`Int32.max`.
    ///   - pixels: `width × height` luma values, row by row, top row first.
    ///   - downscale: Shrink the image by this factor before scanning (a box average for a whole number,
    ///     bilinear otherwise), 1…min(width, height); default 1. About downscale² times faster; faces narrower
    ///     than about 80 × downscale pixels are missed.
    ///   - pyramidLevels: Scan only this many levels (≥ 1) of dlib's image pyramid, whose level k finds faces
    ///     about 80 × downscale × 1.2^k pixels wide; `nil` (the default): every level.
    ///   - adjustThreshold: Added to dlib's decision threshold; 0 (the default) is dlib's own, negative values
    ///     return weaker detections too.
    ///   - threads: 1 or 2 threads (the same faces either way: two share the feature pyramid's levels, then
    ///     dlib's five sub-detectors over it); `nil` (the default): two when this is the only detection running
    ///     and the machine has a second core, so a single photo uses both cores and a batch does not
    ///     oversubscribe them.
    /// - Returns: The faces, best score first; boxes in pixels of this image (not of the shrunk copy).
    /// - Throws: ``FaceDetectorError/invalidImage(_:)`` if the buffer, factor or level count is impossible.
    public func detect(
        width: Int, height: Int, pixels: UnsafeBufferPointer<UInt8>, downscale: Double = 1,
        pyramidLevels: Int? = nil, adjustThreshold: Double = 0, threads: Int? = nil
    ) throws(FaceDetectorError) -> [DetectedFace] {
        try Self.validate(width: width, height: height, pixelCount: pixels.count)
        guard downscale >= 1, downscale <= Double(min(width, height)) else {
            throw .invalidImage("downscale factor \(downscale) is not in 1...\(min(width, height))")
        }
        guard (pyramidLevels ?? 1) >= 1, (pyramidLevels ?? 1) <= Int(Int32.max) else {
            throw .invalidImage("pyramid level count \(pyramidLevels ?? 0) is not at least 1")
        }
        let instance = try checkOut()
        defer { idle.withLock { $0.append(instance) } }
        let alongside = running.add(1, ordering: .relaxed).oldValue
        defer { running.subtract(1, ordering: .relaxed) }
        let threadCount = threads ?? (alongside == 0 && Self.processorCount > 1 ? 2 : 1)
        return try instance.detect(
            pixels, width: Int32(width), height: Int32(height), downscale: downscale,
            pyramidLevels: Int32(pyramidLevels ?? 0), adjustThreshold: adjustThreshold,
            threads: Int32(min(max(threadCount, 1), 2)))
    }

    /// ``detect(width:height:pixels:downscale:pyramidLevels:adjustThreshold:threads:)-(_,_,UnsafeBufferPointer<UInt8>,_,_,_,_)``
    /// over an array.
    public func detect(
        width: Int, height: Int, pixels: [UInt8], downscale: Double = 1, pyramidLevels: Int? = nil,
        adjustThreshold: Double = 0, threads: Int? = nil
    ) throws(FaceDetectorError) -> [DetectedFace] {
        try pixels.withUnsafeBufferPointer { buffer throws(FaceDetectorError) in
            try detect(
                width: width, height: height, pixels: buffer, downscale: downscale, pyramidLevels: pyramidLevels,
                adjustThreshold: adjustThreshold, threads: threads)
        }
    }

    /// dlib's rule for two detections of one face, as the detector merges a scan's pyramid levels.
    /// - Throws: ``FaceDetectorError`` if dlib's model cannot be loaded.
    public func overlapRule() throws(FaceDetectorError) -> FaceOverlapRule {
        let instance = try checkOut()
        defer { idle.withLock { $0.append(instance) } }
        return instance.overlapRule()
    }

    /// Takes an idle detector copy, or makes a new one from the prototype (loaded first if need be).
    private func checkOut() throws(FaceDetectorError) -> DetectorInstance {
        if let instance = idle.withLock({ $0.popLast() }) { return instance }
        let result = prototype.withLock { prototype -> Result<DetectorInstance, FaceDetectorError> in
            Result { () throws(FaceDetectorError) in
                if let prototype { return try prototype.instance.clone() }
                let loaded = try DetectorInstance.load(cache: cache, scanCode: scanCode)
                prototype = loaded
                return try loaded.instance.clone()
            }
        }
        return try result.get()
    }

    private static func validate(width: Int, height: Int, pixelCount: Int) throws(FaceDetectorError) {
        guard width > 0, height > 0, width <= Int(Int32.max), height <= Int(Int32.max) else {
            throw .invalidImage("size \(width)×\(height) is out of range")
        }
        let (expected, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, expected <= maximumPixelCount else {
            throw .invalidImage("\(width)×\(height) exceeds \(maximumPixelCount) pixels")
        }
        guard pixelCount == expected else {
            throw .invalidImage("\(pixelCount) bytes given, \(width)×\(height) = \(expected) expected")
        }
    }
}
