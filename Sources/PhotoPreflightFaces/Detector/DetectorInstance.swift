internal import CDlibFaceShim
import PhotoPreflight

/// Owns one dlib detector. dlib's detector must not be used by two threads at once, so an instance is only
/// ever used by the thread that took it out of ``DlibFaceDetector``'s pool (or, for the prototype, under the
/// pool's lock); that is what makes the `@unchecked Sendable` sound.
final class DetectorInstance: @unchecked Sendable {
    private let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        pp_face_detector_destroy(handle)
    }

    /// The version of dlib the shim was compiled against, e.g. "19.24.0".
    static let dlibVersion = String(cString: pp_face_dlib_version())

    /// The detector from `cache` when it holds a valid one; otherwise built from dlib's compiled-in form and
    /// stored in `cache` for the next process. Its scan is the code `scanCode` chooses.
    static func load(
        cache: DetectorCache?, scanCode: FaceScanCode = .fastest
    ) throws(FaceDetectorError) -> (instance: DetectorInstance, source: DetectorModelSource) {
        let loaded: (instance: DetectorInstance, source: DetectorModelSource)
        if let serialized = cache?.load(), let cached = deserialized(serialized) {
            loaded = (cached, .cache)
        } else {
            let built = try create()
            if let cache, let serialized = built.serialized() { cache.store(serialized) }
            loaded = (built, .compiledIn)
        }
        let handle = loaded.instance.handle
        let status: pp_face_status
        switch scanCode {
        case .fastest: status = PP_FACE_OK
        case .portable: status = pp_face_detector_use_portable_scan(handle)
        case .dlib: status = pp_face_detector_use_dlib_scan(handle)
        }
        guard status == PP_FACE_OK else {
            throw error(for: status, message: String(cString: pp_face_detector_last_error(handle)))
        }
        return loaded
    }

    /// The instruction set this detector's scan was compiled for: `avx2` or `portable`.
    var instructionSet: String { String(cString: pp_face_detector_instruction_set(handle)) }

    /// Builds a detector from the weights compiled into dlib (about 0.35 s).
    static func create() throws(FaceDetectorError) -> DetectorInstance {
        var created: OpaquePointer?
        let status = pp_face_detector_create(&created)
        guard status == PP_FACE_OK, let created else {
            throw error(for: status, message: "could not build dlib's frontal face detector")
        }
        return DetectorInstance(handle: created)
    }

    /// A detector from dlib's binary serialisation, or `nil` if the bytes are not a frontal face detector.
    static func deserialized(_ bytes: [UInt8]) -> DetectorInstance? {
        var created: OpaquePointer?
        let status = bytes.withUnsafeBufferPointer {
            pp_face_detector_create_from_serialized($0.baseAddress, $0.count, &created)
        }
        guard status == PP_FACE_OK, let created else { return nil }
        return DetectorInstance(handle: created)
    }

    /// dlib's binary serialisation of this detector; `nil` if dlib fails. The caller guarantees nobody else
    /// uses `self` meanwhile.
    func serialized() -> [UInt8]? {
        var bytes: UnsafePointer<UInt8>?
        var length = 0
        guard pp_face_detector_serialize(handle, &bytes, &length) == PP_FACE_OK, let bytes else { return nil }
        return Array(UnsafeBufferPointer(start: bytes, count: length))
    }

    /// A copy of this detector (fast). The caller guarantees nobody else uses `self` meanwhile.
    func clone() throws(FaceDetectorError) -> DetectorInstance {
        var created: OpaquePointer?
        let status = pp_face_detector_clone(handle, &created)
        guard status == PP_FACE_OK, let created else {
            throw Self.error(for: status, message: "could not copy dlib's frontal face detector")
        }
        return DetectorInstance(handle: created)
    }

    /// Runs dlib on a validated grayscale buffer (shrunk by `downscale` first, `pyramidLevels` levels, 0 for
    /// all), on `threads` threads (1 or 2; the same result either way); returns the faces, best score first,
    /// boxes in pixels of the buffer.
    func detect(
        _ pixels: UnsafeBufferPointer<UInt8>, width: Int32, height: Int32, downscale: Double, pyramidLevels: Int32,
        adjustThreshold: Double, threads: Int32 = 1
    ) throws(FaceDetectorError) -> [DetectedFace] {
        var count: Int32 = 0
        let status = pp_face_detect(
            handle, pixels.baseAddress, width, height, width, downscale, pyramidLevels, adjustThreshold, threads,
            &count)
        guard status == PP_FACE_OK else {
            throw Self.error(for: status, message: String(cString: pp_face_detector_last_error(handle)))
        }
        var raw = [pp_face_detection](repeating: pp_face_detection(), count: Int(count))
        var copied: Int32 = 0
        _ = raw.withUnsafeMutableBufferPointer { pp_face_detector_results(handle, $0.baseAddress, count, &copied) }
        return raw.prefix(Int(copied)).compactMap(DetectedFace.init(dlib:))
    }

    /// dlib's thresholds for two detections of one face.
    func overlapRule() -> FaceOverlapRule {
        var iou = 0.0
        var covered = 0.0
        _ = pp_face_detector_overlap_thresholds(handle, &iou, &covered)
        return FaceOverlapRule(iouThreshold: iou, coveredThreshold: covered)
    }

    private static func error(for status: pp_face_status, message: String) -> FaceDetectorError {
        switch status {
        case PP_FACE_OUT_OF_MEMORY: .outOfMemory
        case PP_FACE_INVALID_ARGUMENT: .invalidImage(message)
        default: .detectorFailure(message)
        }
    }
}

extension DetectedFace {
    /// Converts dlib's inclusive rectangle; `nil` for an unknown sub-detector index.
    fileprivate init?(dlib detection: pp_face_detection) {
        guard let pose = FacePose(hogSubDetector: Int(detection.sub_detector)) else { return nil }
        let box = FaceBox(
            x: Double(detection.left),
            y: Double(detection.top),
            width: Double(detection.right) - Double(detection.left) + 1,
            height: Double(detection.bottom) - Double(detection.top) + 1
        )
        self.init(box: box, score: detection.score, pose: pose)
    }
}
