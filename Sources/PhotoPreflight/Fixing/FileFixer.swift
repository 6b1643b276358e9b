import Foundation
internal import PreflightSupport
import Synchronization

/// Where fixed copies go.
public enum FixDestination: Sendable, Equatable {
    /// Into this folder, keeping each photo's path relative to the folder it was found in.
    case folder(URL)
    /// Over the original, and only when the fixed copy passes. A copy whose format changed (PNG to JPEG)
    /// is written beside it with the new extension, then the original is removed.
    case inPlace
}

/// Fixes photo files: reads, fixes in memory, re-checks, and writes the copy atomically. Originals are
/// never modified except by ``FixDestination/inPlace``, and then only after the fixed copy passes.
public struct FileFixer: Sendable {
    /// Fixes the bytes.
    public var fixer: PhotoFixer
    /// Where copies go.
    public var destination: FixDestination
    /// Report what would be done without writing anything.
    public var dryRun: Bool
    private let claimed = PathClaims()

    public init(fixer: PhotoFixer, destination: FixDestination, dryRun: Bool = false) {
        self.fixer = fixer
        self.destination = destination
        self.dryRun = dryRun
    }

    /// Fixes one file. Never throws: read and write failures are reported with the `ioError` outcome.
    public func fix(_ file: PhotoFile) -> FixReport {
        let bytes: [UInt8]
        do {
            bytes = try PhotoFileReader.read(file.url, maxBytes: fixer.preflight.limits.maxBytes)
        } catch {
            return FixReport(path: file.displayPath, outcome: .ioError, reason: "cannot read: \(error)")
        }
        let fixed = fixer.fix(bytes: bytes, name: file.url.lastPathComponent)
        var report = fixed.report
        report.path = file.displayPath
        guard let output = fixed.bytes, let format = fixed.format else { return report }
        let target = targetURL(for: file, format: format)
        report.output = target.path
        report.check?.path = target.path
        if let problem = conflict(source: file.url, target: target) {
            report.outcome = .ioError
            report.reason = problem
            return report
        }
        if !claimed.claim(target.resolvingSymlinksInPath().path) {
            report.outcome = .notFixed
            report.reason = "another input is also fixed into \(target.path); rename one of them"
            return report
        }
        if destination == .inPlace && report.outcome != .pass {
            report.reason = (report.reason.map { $0 + "; " } ?? "") + "original kept: the fixed copy does not pass"
            return report
        }
        if dryRun { return report }
        do {
            try AtomicFileWriter.write(output, to: target, permissions: permissions(of: file.url))
            if destination == .inPlace && target.standardizedFileURL != file.url.standardizedFileURL {
                try? FileManager.default.removeItem(at: file.url)
            }
            report.written = true
        } catch {
            report.outcome = .ioError
            report.reason = error.description
        }
        return report
    }

    private func targetURL(for file: PhotoFile, format: ImageFormat) -> URL {
        switch destination {
        case .folder(let folder):
            return folder.appendingPathComponent(FixedFileName.name(for: file.relativePath, format: format))
        case .inPlace:
            let name = FixedFileName.name(for: file.url.lastPathComponent, format: format)
            return file.url.deletingLastPathComponent().appendingPathComponent(name)
        }
    }

    /// Why writing `target` is not allowed, if it is not.
    private func conflict(source: URL, target: URL) -> String? {
        let sourcePath = source.resolvingSymlinksInPath().path
        let targetPath = target.resolvingSymlinksInPath().path
        if case .folder = destination, sourcePath == targetPath {
            return "refusing to overwrite the original \(source.path); choose another --out folder"
        }
        if destination == .inPlace, sourcePath != targetPath, FileManager.default.fileExists(atPath: targetPath) {
            return "refusing to replace \(source.path) with \(target.path): that file exists"
        }
        return nil
    }

    private func permissions(of url: URL) -> mode_t {
        guard destination == .inPlace,
            let mode = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? NSNumber
        else { return 0o644 }
        return mode_t(mode.uint16Value)
    }
}

/// Output paths taken so far in a run, so that two inputs never write the same file.
private final class PathClaims: Sendable {
    private let paths = Mutex<Set<String>>([])

    /// Takes `path`; false when another input already took it.
    func claim(_ path: String) -> Bool {
        paths.withLock { $0.insert(path).inserted }
    }
}
