import Foundation

/// Where the face models' caches live (the detector's binary form and the landmark model's flat trees).
enum ModelCacheFolder {
    /// `$XDG_CACHE_HOME/photo-preflight`, else `$HOME/.cache/photo-preflight` (relative values are ignored, as
    /// the XDG base directory specification says); `nil` when neither is set to an absolute path.
    static func standard(environment: [String: String]) -> URL? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("photo-preflight")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent(".cache/photo-preflight")
        }
        return nil
    }
}
