internal import CDlibFaceShim
import PhotoPreflight

/// dlib's own `shape_predictor` on a face, for tests that hold the fast evaluator to dlib's points.
package enum DlibLandmarkReference {
    /// dlib's whole-pixel landmarks of the face in the inclusive box `left...right` × `top...bottom` of a gray
    /// image, with the model at `modelPath` (loaded by dlib on every call: slow); `nil` if dlib fails.
    package static func points(
        modelPath: String, image: Raster, left: Int, top: Int, right: Int, bottom: Int
    ) -> [FacePoint]? {
        var xy = [Double](repeating: 0, count: 136)
        let status = image.pixels.withUnsafeBufferPointer { pixels in
            xy.withUnsafeMutableBufferPointer { out in
                pp_landmark_dlib_reference(
                    modelPath, pixels.baseAddress, Int32(image.width), Int32(image.height), Int32(image.width),
                    Int32(left), Int32(top), Int32(right), Int32(bottom), out.baseAddress, Int32(out.count))
            }
        }
        guard status == PP_LANDMARK_OK else { return nil }
        return (0..<68).map { FacePoint(x: xy[2 * $0], y: xy[2 * $0 + 1]) }
    }
}
