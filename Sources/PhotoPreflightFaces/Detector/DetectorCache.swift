import Foundation
import PhotoPreflight
internal import PreflightSupport

/// A file holding dlib's frontal face detector in dlib's binary form, so that a process has its detector in
/// a few milliseconds instead of the ~0.35 s dlib spends decompressing the text form compiled into it.
///
/// The file is `frontal-face-detector.bin` in ``directory``: a header (magic `PPFDETv1`, the dlib version the
/// shim was built with, the payload length and its FNV-1a checksum) and dlib's serialisation. It is written
/// atomically after the detector was built from dlib's own form; a file that is missing, truncated, from
/// another dlib version or whose checksum does not match is never deserialised: the detector is built from
/// dlib's form again and the file rewritten.
public struct DetectorCache: Sendable, Hashable {
    /// The folder of the cache file.
    public var directory: URL

    /// The file name inside ``directory``.
    public static let fileName = "frontal-face-detector.bin"
    /// Largest cache file read, in bytes (the detector takes about 155 KB).
    static let maximumBytes = 4 << 20
    private static let magic = Array("PPFDETv1".utf8)

    /// A cache in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// `$XDG_CACHE_HOME/photo-preflight`, else `$HOME/.cache/photo-preflight`; `nil` when neither variable is
    /// set to an absolute path (then nothing is cached).
    public static var standard: DetectorCache? {
        standard(environment: ProcessInfo.processInfo.environment)
    }

    /// ``standard`` for the given environment variables.
    public static func standard(environment: [String: String]) -> DetectorCache? {
        ModelCacheFolder.standard(environment: environment).map(DetectorCache.init(directory:))
    }

    /// The cache file.
    public var file: URL { directory.appendingPathComponent(Self.fileName) }

    /// The serialised detector in the file, or `nil` when the file is missing or fails any check.
    func load() -> [UInt8]? {
        guard let contents = try? PhotoFileReader.read(file, maxBytes: Self.maximumBytes) else { return nil }
        return Self.payload(of: contents)
    }

    /// Writes `serialized` to the file, atomically; failures are ignored (the cache is an optimisation).
    func store(_ serialized: [UInt8]) {
        try? AtomicFileWriter.write(Self.contents(for: serialized), to: file, permissions: 0o644)
    }

    /// The header followed by the payload.
    static func contents(for payload: [UInt8]) -> [UInt8] {
        magic + header(length: payload.count, checksum: StableHash.fnv1a64(payload)) + payload
    }

    /// The payload of a cache file's contents, when every check passes.
    static func payload(of contents: [UInt8]) -> [UInt8]? {
        guard contents.starts(with: magic) else { return nil }
        let rest = contents.dropFirst(magic.count)
        guard let newline = rest.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let payload = Array(rest[(newline + 1)...])
        let expected = header(length: payload.count, checksum: StableHash.fnv1a64(payload))
        guard Array(rest[...newline]) == expected else { return nil }
        return payload
    }

    /// ` dlib=<version> length=<n> fnv1a64=<hex>\n`.
    private static func header(length: Int, checksum: UInt64) -> [UInt8] {
        Array(" dlib=\(DetectorInstance.dlibVersion) length=\(length) fnv1a64=\(String(checksum, radix: 16))\n".utf8)
    }
}

/// Where a ``DlibFaceDetector`` took its model from.
public enum DetectorModelSource: Sendable, Hashable {
    /// A valid ``DetectorCache`` file (a few milliseconds).
    case cache
    /// dlib's compiled-in text form (about 0.35 s); the cache, if any, was written afterwards.
    case compiledIn
}
