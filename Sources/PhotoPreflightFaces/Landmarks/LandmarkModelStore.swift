import Foundation

/// Where the landmark model comes from and where its fast cache lives, and how the two are combined.
///
/// dlib's own loader takes 0.6–0.8 s for the 68-point model, too slow to pay in every process. So the first load
/// reads dlib's file once and writes its flat layout (`landmark_layout.h`) atomically to the cache folder; later
/// processes map that file, which takes milliseconds. A cache is used only when its header records the model
/// file's current size and modification time and its structure checks out; otherwise it is rebuilt. When it
/// cannot be written the model read from dlib's file is used from memory.
public struct LandmarkModelStore: Sendable {
    /// The model Debian's `libdlib-data` installs: dlib's 68-point shape predictor (99.7 MB).
    public static let debianModelPath = "/usr/share/dlib/shape_predictor_68_face_landmarks.dat"

    /// dlib's shape predictor file.
    public var modelPath: String
    /// Folder of the cache file; `nil` keeps the model in memory only.
    public var cacheFolder: URL?

    /// A store for `modelPath` caching in `cacheFolder` (default: ``defaultCacheFolder(environment:)``).
    public init(
        modelPath: String = debianModelPath,
        cacheFolder: URL? = defaultCacheFolder(environment: ProcessInfo.processInfo.environment)
    ) {
        self.modelPath = modelPath
        self.cacheFolder = cacheFolder
    }

    /// `$XDG_CACHE_HOME/photo-preflight`, else `$HOME/.cache/photo-preflight` (relative values are ignored, as
    /// the XDG base directory specification says); `nil` when neither is set.
    public static func defaultCacheFolder(environment: [String: String]) -> URL? {
        ModelCacheFolder.standard(environment: environment)
    }

    /// The cache file for the model: named after the model file, in ``cacheFolder``.
    public var cacheFile: URL? {
        let name = ((modelPath as NSString).lastPathComponent as NSString).deletingPathExtension
        return cacheFolder?.appendingPathComponent("\(name).ert-cache")
    }

    /// How a model was obtained.
    public enum Source: Sendable, Equatable {
        /// Mapped from a valid cache file.
        case cache
        /// Read from dlib's file and written to the cache for later processes.
        case modelFileCached
        /// Read from dlib's file and kept in memory only (no cache folder, or it could not be written: why).
        case modelFileOnly(String)
    }

    /// The model: mapped from the cache when it is valid, else read from dlib's file (and cached).
    func load() throws(LandmarkModelError) -> (model: LandmarkModel, source: Source) {
        guard let stamp = LandmarkModel.stamp(of: modelPath) else { throw .modelMissing(path: modelPath) }
        guard let cacheFile else {
            return (try LandmarkModel.loadDlib(path: modelPath, stamp: stamp), .modelFileOnly("no cache folder"))
        }
        if let cached = LandmarkModel.mapCache(path: cacheFile.path, stamp: stamp) { return (cached, .cache) }
        let model = try LandmarkModel.loadDlib(path: modelPath, stamp: stamp)
        do {
            try model.writeCache(to: cacheFile)
        } catch {
            return (model, .modelFileOnly("\(error)"))
        }
        return (model, .modelFileCached)
    }
}
