import PhotoPreflight
import Testing

struct FormatSnifferTests {
    private func sniff(_ bytes: [UInt8]) -> SniffedFormat { FormatSniffer.sniff(bytes) }
    private func ascii(_ text: String, pad: Int = 32) -> [UInt8] {
        Array(text.utf8) + [UInt8](repeating: 0, count: max(0, pad - text.utf8.count))
    }

    @Test func recognisesFormatsByTheirSignatures() {
        #expect(sniff([0xFF, 0xD8, 0xFF, 0xE0] + ascii("")).format == .jpeg)
        #expect(sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + ascii("")).format == .png)
        #expect(sniff(ascii("GIF89a")).format == .gif)
        #expect(sniff(ascii("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ")).format == .webp)
        #expect(sniff([0, 0, 0, 0x18] + ascii("ftypheic")).format == .heif)
        #expect(sniff([0, 0, 0, 0x18] + ascii("ftypavif")).format == .avif)
        #expect(sniff(ascii("BM")).format == .bmp)
        #expect(sniff([0x4D, 0x4D, 0x00, 0x2A] + ascii("")).format == .tiff)
        #expect(sniff([0x49, 0x49, 0x2A, 0x00] + ascii("")).format == .tiff)
        #expect(sniff([0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20] + ascii("")).format == .jpeg2000)
        #expect(sniff(ascii("%PDF-1.7")).format == .pdf)
        #expect(sniff([]).format == .unknown)
        #expect(sniff(ascii("hello world")).format == .unknown)
        #expect(sniff([UInt8](repeating: 0, count: 36) + ascii("acsp")).format == .iccProfile)
    }

    @Test func recognisesADamagedPNGSignature() {
        let ihdr: [UInt8] = [0, 0, 0, 0x0D] + Array("IHDR".utf8) + [UInt8](repeating: 0, count: 17)
        let textMode: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0D, 0x1A, 0x0D] + ihdr
        #expect(sniff(textMode) == SniffedFormat(format: .png, damagedSignature: true))
        let highBitStripped: [UInt8] = [0x09, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + ihdr
        #expect(sniff(highBitStripped).damagedSignature)
        #expect(sniff(ascii("plain text with IHDR in it")).format == .unknown)
    }

    @Test func onlyJPEGAndPNGAreAccepted() {
        #expect(ImageFormat.allCases.filter(\.isAccepted) == [.jpeg, .png])
    }
}
