import Foundation
import PhotoPreflight

/// Images and EXIF blocks synthesised for the fix tests.
enum FixTestImages {
    /// An RGB raster whose every pixel differs from its mirror images: red grows to the right, green
    /// downwards, blue marks 16-pixel blocks in a pattern that is not symmetric.
    static func asymmetric(width: Int, height: Int) -> Raster {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let i = (y * width + x) * 3
                pixels[i] = UInt8(x * 255 / max(1, width - 1))
                pixels[i + 1] = UInt8(y * 255 / max(1, height - 1))
                pixels[i + 2] = ((x / 16) * 3 + (y / 16) * 7) % 5 == 0 ? 230 : 30
            }
        }
        return Raster(width: width, height: height, channels: 3, pixels: pixels)
    }

    /// Deterministic RGB noise over a gradient (compresses badly, like a detailed photo).
    static func noisy(width: Int, height: Int, seed: UInt64 = 1) -> Raster {
        var state = seed
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for i in 0..<pixels.count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let noise = Int((state >> 33) % 96)
            pixels[i] = UInt8(min(255, 60 + (i / 3 % width) * 100 / width + noise))
        }
        return Raster(width: width, height: height, channels: 3, pixels: pixels)
    }

    /// An EXIF TIFF block with an orientation tag and, optionally, a GPS directory with a latitude.
    static func exif(orientation: Int, gps: Bool, littleEndian: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = []
        func u16(_ value: Int) {
            let pair = [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        func u32(_ value: Int) {
            let quad = (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) }
            bytes += littleEndian ? quad : quad.reversed()
        }
        bytes += littleEndian ? [0x49, 0x49] : [0x4D, 0x4D]
        u16(42)
        u32(8)
        let entries = gps ? 2 : 1
        u16(entries)
        u16(0x0112)  // Orientation, SHORT, 1 value
        u16(3)
        u32(1)
        u16(orientation)
        u16(0)
        let gpsOffset = 8 + 2 + entries * 12 + 4
        if gps {
            u16(0x8825)  // GPS IFD pointer, LONG
            u16(4)
            u32(1)
            u32(gpsOffset)
        }
        u32(0)  // no next IFD
        if gps {
            u16(1)
            u16(0x0001)  // GPSLatitudeRef, ASCII "N"
            u16(2)
            u32(2)
            bytes += [0x4E, 0, 0, 0]
            u32(0)
        }
        return bytes
    }

    /// The segments before the first scan of a JPEG: (marker, payload).
    static func jpegSegments(_ bytes: [UInt8]) -> [(marker: UInt8, payload: [UInt8])] {
        var segments: [(UInt8, [UInt8])] = []
        JPEGSegments.walk(bytes) { segments.append(($0.marker, Array(bytes[$0.payload]))) }
        return segments
    }

    /// Decodes `bytes` to RGB at full size.
    static func decodeRGB(_ bytes: [UInt8]) throws -> Raster {
        try ImageDecoder.decode(bytes, request: DecodeRequest(layout: .rgb)).raster
    }

    /// Mean absolute difference per sample of two rasters of the same shape.
    static func meanDifference(_ a: Raster, _ b: Raster) -> Double {
        precondition(a.pixels.count == b.pixels.count)
        let total = zip(a.pixels, b.pixels).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
        return Double(total) / Double(a.pixels.count)
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fix-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
