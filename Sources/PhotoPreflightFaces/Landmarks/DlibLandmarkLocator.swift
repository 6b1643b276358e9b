import PhotoPreflight
import Synchronization

/// Locates the 68 landmarks of a face with dlib's 68-point shape predictor (see ``LandmarkModelStore`` for where
/// the model comes from and how it is cached).
///
/// The model is loaded lazily, on the first face, once per locator, and shared by every thread: create one
/// locator per process. If it cannot be loaded, every call throws the same ``LandmarkModelError`` without trying
/// again, and `notice` is called once with the reason.
public final class DlibLandmarkLocator: Sendable {
    private enum State: Sendable {
        case unloaded
        case loaded(LandmarkModel, LandmarkModelStore.Source)
        case failed(LandmarkModelError)
    }

    /// Where the model and its cache are.
    public let store: LandmarkModelStore
    private let notice: (@Sendable (String) -> Void)?
    private let state = Mutex<State>(.unloaded)

    /// A locator for the model of `store`; nothing is loaded until the first face. `notice` is told once why the
    /// model could not be loaded, if it cannot.
    public init(store: LandmarkModelStore = LandmarkModelStore(), notice: (@Sendable (String) -> Void)? = nil) {
        self.store = store
        self.notice = notice
    }

    /// How the model was obtained; `nil` before the first face or when it could not be loaded.
    public var modelSource: LandmarkModelStore.Source? {
        state.withLock { if case .loaded(_, let source) = $0 { source } else { nil } }
    }

    /// The landmarks of the face in the box (inclusive whole-pixel edges `left...right`, `top...bottom`) of an
    /// upright 8-bit gray image (`stride == width`), in its pixels, in iBUG 300-W order.
    /// - Throws: ``LandmarkModelError`` when the model cannot be loaded or the input is invalid.
    public func locate(
        width: Int, height: Int, pixels: UnsafeBufferPointer<UInt8>, left: Int, top: Int, right: Int, bottom: Int
    ) throws(LandmarkModelError) -> [FacePoint] {
        try model().locate(pixels, width: width, height: height, left: left, top: top, right: right, bottom: bottom)
    }

    private func model() throws(LandmarkModelError) -> LandmarkModel {
        let (result, firstFailure) = state.withLock { state -> (Result<LandmarkModel, LandmarkModelError>, Bool) in
            switch state {
            case .loaded(let model, _): return (.success(model), false)
            case .failed(let error): return (.failure(error), false)
            case .unloaded:
                do throws(LandmarkModelError) {
                    let (model, source) = try store.load()
                    state = .loaded(model, source)
                    return (.success(model), false)
                } catch {
                    state = .failed(error)
                    return (.failure(error), true)
                }
            }
        }
        if firstFailure, case .failure(let error) = result { notice?("\(error)") }
        return try result.get()
    }
}

extension DlibLandmarkLocator: FaceLandmarkLocating {
    /// Runs ``locate(width:height:pixels:left:top:right:bottom:)`` on the face box rounded to whole pixels.
    public func locateLandmarks(in image: Raster, face box: FaceBox) throws -> [FacePoint] {
        precondition(image.channels == 1, "the landmark locator takes one gray channel")
        let left = Int(box.x.rounded()), top = Int(box.y.rounded())
        let right = Int(box.maxX.rounded()) - 1, bottom = Int(box.maxY.rounded()) - 1
        return try image.pixels.withUnsafeBufferPointer { pixels throws(LandmarkModelError) in
            try locate(
                width: image.width, height: image.height, pixels: pixels, left: left, top: top, right: right,
                bottom: bottom)
        }
    }
}
