import PhotoPreflight
import Testing

/// The C-backed encoders round-trip pixels and report bad input as errors.
struct EncoderTests {
    @Test(arguments: [1, 3])
    func pngRoundTripsExactly(channels: Int) throws {
        let rgb = FixTestImages.asymmetric(width: 33, height: 17)
        let raster =
            channels == 3
            ? rgb
            : Raster(
                width: 33, height: 17, channels: 1,
                pixels: stride(from: 0, to: rgb.pixels.count, by: 3).map { rgb.pixels[$0] })
        let png = try ImageEncoder.png(raster)
        let layout: DecodeRequest.Layout = channels == 1 ? .gray : .rgb
        let decoded = try ImageDecoder.decode(png, request: DecodeRequest(layout: layout))
        #expect(decoded.header.components == channels)
        let same = decoded.raster == raster
        #expect(same)
    }

    @Test(arguments: [1, 3])
    func jpegRoundTripsWithinQualityTolerance(channels: Int) throws {
        let rgb = FixTestImages.asymmetric(width: 64, height: 48)
        let raster =
            channels == 3
            ? rgb
            : Raster(
                width: 64, height: 48, channels: 1,
                pixels: stride(from: 0, to: rgb.pixels.count, by: 3).map { rgb.pixels[$0] })
        let high = try ImageEncoder.jpeg(raster, quality: 95), low = try ImageEncoder.jpeg(raster, quality: 40)
        let layout: DecodeRequest.Layout = channels == 1 ? .gray : .rgb
        let decodedHigh = try ImageDecoder.decode(high, request: DecodeRequest(layout: layout))
        let decodedLow = try ImageDecoder.decode(low, request: DecodeRequest(layout: layout))
        #expect(decodedHigh.header.components == channels)
        let highError = FixTestImages.meanDifference(decodedHigh.raster, raster)
        let lowError = FixTestImages.meanDifference(decodedLow.raster, raster)
        #expect(highError < 3)
        #expect(lowError > highError, "quality matters")
        #expect(low.count < high.count)
    }

    @Test func fourChannelRastersAreRefusedWithAReason() {
        let raster = Raster(width: 4, height: 4, channels: 4, filling: 9)
        #expect(throws: EncodeError.self) { try ImageEncoder.jpeg(raster, quality: 80, iccProfile: nil, exif: nil) }
        #expect(throws: EncodeError.self) { try ImageEncoder.png(raster, iccProfile: nil, exif: nil) }
    }

    @Test(arguments: [
        ("a/b/photo.PNG", ImageFormat.png, "a/b/photo.PNG"), ("a/b/photo.png", .jpeg, "a/b/photo.jpg"),
        ("photo.jpeg", .jpeg, "photo.jpeg"), ("x.v1/photo", .jpeg, "x.v1/photo.jpg"), (".hidden", .png, ".hidden.png"),
        ("scan.webp", .jpeg, "scan.jpg"),
    ])
    func fixedCopiesAreRenamedOnlyWhenTheFormatChanges(name: String, format: ImageFormat, expected: String) {
        #expect(FixedFileName.name(for: name, format: format) == expected)
    }
}
