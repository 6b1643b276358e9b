import Foundation
import Testing

@testable import HeyGenEmulator

@Suite struct ImageHeaderTests {
    @Test func readsJPEGFrameSize() {
        let header = ImageHeader.read(Array(TestPhotos.jpeg(width: 640, height: 800, tag: "x")))
        #expect(header == ImageHeader(format: .jpeg, width: 640, height: 800))
    }

    @Test func readsPNGSizeFromTheCommittedFixture() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/heygen/portrait-04.png")
        let header = ImageHeader.read(Array(try Data(contentsOf: url)))
        #expect(header == ImageHeader(format: .png, width: 600, height: 600))
    }

    @Test func truncatedHeadersNeverCrashAndNeverInventASize() {
        let bytes = Array(TestPhotos.jpeg(width: 640, height: 800, tag: "truncate"))
        for length in 0..<min(bytes.count, 200) {
            let header = ImageHeader.read(Array(bytes.prefix(length)))
            #expect(header == nil || header == ImageHeader(format: .jpeg, width: 640, height: 800))
        }
        #expect(ImageHeader.read(Array("GIF89a".utf8)) == nil)
        #expect(ImageHeader.read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00]) == nil)
    }

    @Test func multipartPartsAreSplitByBoundary() throws {
        let body = Array(
            ("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nDATA\r\n--XyZ--\r\n").utf8)
        let parts = try #require(Multipart.parse(body, contentType: "multipart/form-data; boundary=XyZ"))
        #expect(parts.count == 1)
        #expect(parts[0].name == "file")
        #expect(parts[0].fileName == "a.jpg")
        #expect(Array(parts[0].body) == Array("DATA".utf8))
        #expect(Multipart.parse(body, contentType: "multipart/form-data") == nil)
    }
}
