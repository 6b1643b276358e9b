import Foundation
import PhotoPreflight
import Testing

/// The downscaler removes detail finer than the new pixel grid instead of aliasing it, and keeps colours.
struct ResamplingTests {
    private static func gray(width: Int, height: Int, _ value: (Int, Int) -> Double) -> Raster {
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width { pixels[y * width + x] = UInt8(max(0, min(255, value(x, y).rounded()))) }
        }
        return Raster(width: width, height: height, channels: 1, pixels: pixels)
    }

    /// A one-pixel checkerboard is pure Nyquist-frequency detail: shrunk by a non-integer factor it must
    /// become flat mid-grey (within 4 levels) when shrunk 2× or more, where point sampling would keep
    /// full-contrast moiré.
    @Test(arguments: [(900, 270), (1000, 333), (800, 400), (1000, 480)])
    func checkerboardBecomesFlatGrey(input: Int, output: Int) {
        let board = Self.gray(width: input, height: input) { x, y in (x + y) % 2 == 0 ? 0 : 255 }
        let small = board.downscaled(toFit: output)
        #expect(small.width == output)
        // Away from the edges, where clamping makes the window one-sided.
        var deviation = 0.0
        for y in 3..<(small.height - 3) {
            for x in 3..<(small.width - 3) {
                deviation = max(deviation, abs(Double(small.pixels[y * small.width + x]) - 127.5))
            }
        }
        #expect(deviation <= 4, "worst deviation from mid-grey \(deviation)")
    }

    /// A zone plate sweeps spatial frequency from 0 to Nyquist. After a 4× reduction, rings the new grid
    /// can hold must survive; rings between 2× and 3.5× its Nyquist must be gone (≤ 2 of 127 levels) and
    /// none above 1.5× may alias with more than 20 levels (Lanczos-3's transition band; point sampling
    /// would keep all 127).
    @Test func zonePlateKeepsLowFrequenciesAndRemovesHighOnes() {
        let size = 1024, scale = 4
        let half = Double(size) / 2
        // Local frequency r / size cycles per pixel: Nyquist (0.5) at the edge midpoints.
        let plate = Self.gray(width: size, height: size) { x, y in
            let dx = Double(x) + 0.5 - half, dy = Double(y) + 0.5 - half
            return 127.5 + 127 * cos(Double.pi * (dx * dx + dy * dy) / Double(size))
        }
        let small = plate.downscaled(toFit: size / scale)
        var aliased = 0.0, kept = 0.0, stopband = 0.0
        for y in 0..<small.height {
            for x in 0..<small.width {
                let dx = (Double(x) + 0.5) * Double(scale) - half, dy = (Double(y) + 0.5) * Double(scale) - half
                let frequency = (dx * dx + dy * dy).squareRoot() / Double(size)  // input cycles per pixel
                let amplitude = abs(Double(small.pixels[y * small.width + x]) - 127.5)
                let newNyquist = 0.5 / Double(scale)
                if frequency > 1.5 * newNyquist && frequency < 0.5 { aliased = max(aliased, amplitude) }
                if frequency > 2 * newNyquist && frequency < 3.5 * newNyquist { stopband = max(stopband, amplitude) }
                if frequency < 0.3 * newNyquist { kept = max(kept, amplitude) }
            }
        }
        #expect(aliased <= 20, "aliased rings of amplitude \(aliased)")
        #expect(stopband <= 2, "rings in the stop band of amplitude \(stopband)")
        #expect(kept >= 110, "low-frequency rings lost: amplitude \(kept)")
    }

    /// Flat patches keep their colour after downscaling (±1) and after the whole fix with JPEG (±4).
    @Test func flatPatchesKeepTheirColour() throws {
        let colours: [[UInt8]] = [
            [200, 40, 40], [30, 160, 60], [20, 40, 210], [235, 225, 190], [90, 90, 90], [250, 180, 20],
        ]
        let width = 1800, height = 1200, patch = 600
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let colour = colours[(y / patch) * 3 + x / patch]
                for k in 0..<3 { pixels[(y * width + x) * 3 + k] = colour[k] }
            }
        }
        let raster = Raster(width: width, height: height, channels: 3, pixels: pixels)
        var options = FixOptions()
        options.maxSide = 700
        let small = raster.downscaled(toFit: options.maxSide)
        let input = try ImageEncoder.jpeg(raster, quality: 95)
        let fixed = PhotoFixer(options: options).fix(bytes: input, name: "patches.jpg")
        let output = try FixTestImages.decodeRGB(try #require(fixed.bytes))
        for (index, colour) in colours.enumerated() {
            let cx = (index % 3 * patch + patch / 2) * small.width / width
            let cy = (index / 3 * patch + patch / 2) * small.height / height
            for k in 0..<3 {
                let resized = Int(small.pixels[(cy * small.width + cx) * 3 + k])
                let encoded = Int(output.pixels[(cy * output.width + cx) * 3 + k])
                #expect(abs(resized - Int(colour[k])) <= 1, "patch \(index) channel \(k): \(resized)")
                #expect(abs(encoded - Int(colour[k])) <= 4, "patch \(index) channel \(k) after fix: \(encoded)")
            }
        }
    }
}
