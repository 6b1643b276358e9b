internal import CDlibFaceShim
import Foundation
import PhotoPreflight
internal import PreflightSupport

/// One loaded landmark model in the flat layout of `landmark_layout.h`: read from dlib's file or mapped from the
/// cache. It is immutable once made, and the C evaluator keeps its scratch state on each call's stack, so many
/// threads may use one model at once; that is what makes the `@unchecked Sendable` sound.
final class LandmarkModel: @unchecked Sendable {
    private let handle: OpaquePointer
    /// How many landmarks it locates (68).
    let parts: Int

    private init(handle: OpaquePointer) {
        self.handle = handle
        parts = Int(pp_landmark_model_parts(handle))
    }

    deinit {
        pp_landmark_model_destroy(handle)
    }

    /// Size and modification time of a file, the stamp a cache records of its source; `nil` if it is not a
    /// regular file.
    static func stamp(of path: String) -> (size: UInt64, modified: Int64)? {
        var size: UInt64 = 0
        var modified: Int64 = 0
        guard pp_landmark_file_stamp(path, &size, &modified) == PP_LANDMARK_OK else { return nil }
        return (size, modified)
    }

    /// Reads dlib's shape predictor file with dlib (about 0.6–0.8 s for the 68-point model).
    static func loadDlib(
        path: String, stamp: (size: UInt64, modified: Int64)
    ) throws(LandmarkModelError)
        -> LandmarkModel
    {
        var handle: OpaquePointer?
        var message = [CChar](repeating: 0, count: 512)
        let status = pp_landmark_model_load_dlib(
            path, stamp.size, stamp.modified, &handle, &message, Int32(message.count))
        guard status == PP_LANDMARK_OK, let handle else {
            let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .modelUnreadable(path: path, reason: reason.isEmpty ? "status \(status.rawValue)" : reason)
        }
        return LandmarkModel(handle: handle)
    }

    /// Maps a cache file made for the source with `stamp`; `nil` when it is missing, stale, truncated or corrupt.
    static func mapCache(path: String, stamp: (size: UInt64, modified: Int64)) -> LandmarkModel? {
        var handle: OpaquePointer?
        guard pp_landmark_model_map_cache(path, stamp.size, stamp.modified, &handle) == PP_LANDMARK_OK,
            let handle
        else { return nil }
        return LandmarkModel(handle: handle)
    }

    /// Writes the model's bytes, in the cache format, atomically to `url`.
    func writeCache(to url: URL) throws(FileWriteError) {
        var bytes: UnsafePointer<UInt8>?
        var count = 0
        _ = pp_landmark_model_bytes(handle, &bytes, &count)
        // The bytes belong to the model, which `self` keeps alive for the whole call.
        let buffer = UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : count)
        try AtomicFileWriter.write(buffer, to: url, permissions: 0o644)
    }

    /// The landmarks of the face in the inclusive pixel box `left...right` × `top...bottom` of a gray image
    /// (`stride == width`), as x, y pairs in its pixels.
    func locate(
        _ pixels: UnsafeBufferPointer<UInt8>, width: Int, height: Int, left: Int, top: Int, right: Int, bottom: Int
    ) throws(LandmarkModelError) -> [FacePoint] {
        guard width > 0, height > 0, pixels.count == width * height, width <= Int(Int32.max),
            height <= Int(Int32.max)
        else { throw .invalidInput("\(pixels.count) bytes for a \(width)×\(height) image") }
        let edges = [left, top, right, bottom]
        guard edges.allSatisfy({ abs($0) <= Int(Int32.max / 2) }), right > left, bottom > top else {
            throw .invalidInput("face box \(left),\(top)–\(right),\(bottom)")
        }
        var xy = [Double](repeating: 0, count: parts * 2)
        let status = xy.withUnsafeMutableBufferPointer { out in
            pp_landmark_locate(
                handle, pixels.baseAddress, Int32(width), Int32(height), Int32(width), Int32(left), Int32(top),
                Int32(right), Int32(bottom), out.baseAddress, Int32(out.count))
        }
        guard status == PP_LANDMARK_OK else { throw .failure("status \(status.rawValue)") }
        return (0..<parts).map { FacePoint(x: xy[2 * $0], y: xy[2 * $0 + 1]) }
    }
}
