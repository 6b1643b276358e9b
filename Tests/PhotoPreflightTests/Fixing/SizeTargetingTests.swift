import PhotoPreflight
import Testing

/// Outputs fit the byte budget at the highest quality that fits.
struct SizeTargetingTests {
    private static let raster = FixTestImages.noisy(width: 320, height: 240)

    private static func size(at quality: Int) throws -> Int {
        try ImageEncoder.jpeg(raster, quality: quality).count
    }

    /// A PNG too big for the budget becomes a JPEG; the budget lies between the floor's and the ceiling's
    /// sizes, so bisection has to find the edge.
    @Test(arguments: [0.2, 0.5, 0.8])
    func choosesTheHighestQualityThatFits(position: Double) throws {
        let floorSize = try Self.size(at: 70), ceilingSize = try Self.size(at: 92)
        var options = FixOptions()
        options.maxBytes = floorSize + Int(Double(ceilingSize - floorSize) * position)
        let input = try ImageEncoder.png(Self.raster)
        #expect(input.count > options.maxBytes)
        let fixed = PhotoFixer(options: options).fix(bytes: input, name: "noise.png")
        let output = try #require(fixed.bytes)
        let quality = try #require(fixed.report.quality)
        #expect(fixed.format == .jpeg)
        #expect(output.count <= options.maxBytes)
        #expect((70..<92).contains(quality))
        #expect(try Self.size(at: quality + 1) > options.maxBytes, "quality \(quality + 1) would have fitted")
        #expect(fixed.report.actions.contains { $0.kind == "convert" })
    }

    @Test func usesTheCeilingWhenItFits() throws {
        var options = FixOptions()
        options.qualityCeiling = 88
        options.maxBytes = try Self.size(at: 88)
        let input = try ImageEncoder.png(Self.raster)
        let fixed = PhotoFixer(options: options).fix(bytes: input, name: "noise.png")
        #expect(fixed.report.quality == 88)
        #expect(fixed.bytes?.count == options.maxBytes)
    }

    @Test func reportsWhyWhenEvenTheFloorDoesNotFit() throws {
        var options = FixOptions()
        options.maxBytes = try Self.size(at: 70) - 1
        let fixed = PhotoFixer(options: options).fix(bytes: try ImageEncoder.png(Self.raster), name: "noise.png")
        #expect(fixed.bytes == nil)
        #expect(fixed.report.outcome == .notFixed)
        #expect(fixed.report.reason?.contains("quality 70") == true)
    }

    @Test func pngThatFitsStaysPNG() throws {
        let input = try ImageEncoder.png(FixTestImages.asymmetric(width: 600, height: 700))
        let fixed = PhotoFixer().fix(bytes: input, name: "a.png")
        #expect(fixed.format == .png)
        #expect(fixed.report.verdict != nil)
        #expect(fixed.bytes == input, "nothing to strip: the file is kept byte for byte")
    }

    @Test func downscalesToTheMaximumSideWithoutEverEnlarging() throws {
        var options = FixOptions()
        options.maxSide = 200
        let big = try ImageEncoder.jpeg(FixTestImages.asymmetric(width: 900, height: 600), quality: 90)
        let shrunk = PhotoFixer(options: options).fix(bytes: big, name: "big.jpg")
        #expect(shrunk.report.after?.width == 200)
        #expect(shrunk.report.after?.height == 133)
        let small = try ImageEncoder.jpeg(FixTestImages.asymmetric(width: 150, height: 100), quality: 90)
        let kept = PhotoFixer(options: options).fix(bytes: small, name: "small.jpg")
        #expect(kept.report.after?.width == 150)
        #expect(kept.report.outcome == .fail)
        #expect(kept.report.check?.has("too-small") == true)
    }
}
