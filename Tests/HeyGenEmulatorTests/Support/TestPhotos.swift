import Foundation

/// Builds tiny valid photos in memory (the same construction as scripts/make-heygen-fixtures.py):
/// a flat-grey baseline JPEG and an 8-bit grey PNG, each tagged so that every call's bytes differ.
enum TestPhotos {
    static func jpeg(width: Int, height: Int, tag: String) -> Data {
        func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
            [0xFF, marker, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
        }
        var out: [UInt8] = [0xFF, 0xD8]
        out += segment(0xFE, Array(tag.utf8))
        out += segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
        out += segment(
            0xC0, [8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 1, 1, 0x11, 0])
        let oneCode: [UInt8] = [1] + [UInt8](repeating: 0, count: 15) + [0]
        out += segment(0xC4, [0x00] + oneCode)
        out += segment(0xC4, [0x10] + oneCode)
        out += segment(0xDA, [1, 1, 0, 0, 0x3F, 0])
        let bits = ((width + 7) / 8) * ((height + 7) / 8) * 2
        out += [UInt8](repeating: 0, count: bits / 8)
        if bits % 8 != 0 { out.append(0xFF >> UInt8(bits % 8)) }
        return Data(out + [0xFF, 0xD9])
    }

    /// Writes `count` distinct JPEGs (640x800) into `folder`; returns their URLs in name order.
    static func writeJPEGs(_ count: Int, into folder: URL, prefix: String = "photo", width: Int = 640) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try (1...max(1, count)).prefix(count).map { index in
            let url = folder.appendingPathComponent(String(format: "\(prefix)-%03d.jpg", index))
            try jpeg(width: width, height: 800, tag: "\(prefix) \(index) \(folder.lastPathComponent)").write(to: url)
            return url
        }
    }

    static func temporaryFolder(_ name: String = "heygen") -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }
}
