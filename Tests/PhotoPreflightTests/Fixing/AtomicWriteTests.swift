import Foundation
import PhotoPreflight
import Testing

/// Fixed copies are written all or nothing (see `AtomicFileWriterTests`), and failures are reported per photo.
struct AtomicWriteTests {
    private static func photo(_ url: URL) -> PhotoFile {
        PhotoCollector().collect([url.path]).files[0]
    }

    private static func contents(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func fileFixerReportsWriteFailuresPerPhoto() throws {
        let folder = try FixTestImages.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.jpg")
        try Data(try ImageEncoder.jpeg(FixTestImages.noisy(width: 600, height: 600), quality: 90)).write(to: input)
        try Data([0]).write(to: folder.appendingPathComponent("out"))
        let fixer = FileFixer(fixer: PhotoFixer(), destination: .folder(folder.appendingPathComponent("out/fixed")))
        let report = fixer.fix(Self.photo(input))
        #expect(report.outcome == .ioError)
        #expect(report.written == false)
        #expect(report.reason?.contains("Not a directory") == true)
        #expect(Self.contents(folder) == ["in.jpg", "out"])
    }

    @Test func inPlaceReplacesOnlyPassingCopies() throws {
        let folder = try FixTestImages.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.jpg"), small = folder.appendingPathComponent("small.jpg")
        let exif = FixTestImages.exif(orientation: 6, gps: true)
        let goodBytes = try ImageEncoder.jpeg(
            FixTestImages.noisy(width: 700, height: 600), quality: 90, iccProfile: nil, exif: exif)
        let smallBytes = try ImageEncoder.jpeg(
            FixTestImages.noisy(width: 300, height: 200), quality: 90, iccProfile: nil, exif: exif)
        try Data(goodBytes).write(to: good)
        try Data(smallBytes).write(to: small)
        let fixer = FileFixer(fixer: PhotoFixer(), destination: .inPlace)
        let goodReport = fixer.fix(Self.photo(good))
        let smallReport = fixer.fix(Self.photo(small))
        #expect(goodReport.written && goodReport.outcome == .pass)
        let replaced = try [UInt8](Data(contentsOf: good))
        #expect(try replaced.withUnsafeBytes { try ImageDecoder.readHeader($0) }.orientation == nil)
        #expect(!smallReport.written && smallReport.outcome == .fail)
        #expect(try [UInt8](Data(contentsOf: small)) == smallBytes, "a failing copy never replaces the original")
        #expect(Self.contents(folder) == ["good.jpg", "small.jpg"])
    }

    @Test func inPlaceFormatChangeWritesTheNewNameThenRemovesTheOriginal() throws {
        let folder = try FixTestImages.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("big.png")
        try Data(try ImageEncoder.png(FixTestImages.noisy(width: 700, height: 600))).write(to: png)
        var options = FixOptions()
        options.maxBytes = 200_000
        var configuration = PreflightConfiguration()
        configuration.maximumBytes = options.maxBytes
        let fixer = FileFixer(
            fixer: PhotoFixer(options: options, preflight: Preflight(configuration: configuration)),
            destination: .inPlace)
        let report = fixer.fix(Self.photo(png))
        #expect(report.outcome == .pass && report.written)
        #expect(report.after?.format == "jpeg")
        #expect(Self.contents(folder) == ["big.jpg"])
        #expect(report.check?.path == folder.appendingPathComponent("big.jpg").path)
    }

    @Test func twoInputsNeverWriteTheSameOutput() throws {
        let folder = try FixTestImages.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jpeg = folder.appendingPathComponent("in/a.jpg"), png = folder.appendingPathComponent("in/a.png")
        try FileManager.default.createDirectory(at: jpeg.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try ImageEncoder.jpeg(FixTestImages.noisy(width: 600, height: 600), quality: 90)).write(to: jpeg)
        try Data(try ImageEncoder.png(FixTestImages.noisy(width: 600, height: 600, seed: 2))).write(to: png)
        var options = FixOptions()
        options.maxBytes = 300_000  // the PNG must become a.jpg
        let fixer = FileFixer(
            fixer: PhotoFixer(options: options), destination: .folder(folder.appendingPathComponent("out")))
        let first = fixer.fix(Self.photo(jpeg)), second = fixer.fix(Self.photo(png))
        #expect(first.written)
        #expect(second.outcome == .notFixed && !second.written)
        #expect(second.reason?.contains("another input") == true)
        #expect(try Data(contentsOf: folder.appendingPathComponent("out/a.jpg")).count == first.after?.bytes)
    }
}
