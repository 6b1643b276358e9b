/// Small upright colour thumbnails for the HTML report, decoded at reduced scale (DCT scaling for JPEG).
public enum Thumbnail {
    /// The thumbnail's longer side, in pixels. Default 200 (shown at up to 200 CSS px).
    public static let longSide = 200

    /// An upright RGB thumbnail of the image in `bytes`, or nil if it does not decode.
    public static func raster(of bytes: [UInt8], maxPixels: Int) -> Raster? {
        let request = DecodeRequest(
            maxPixels: maxPixels, minimumShortSide: longSide, layout: .rgb, fastIDCT: true)
        guard let decoded = try? ImageDecoder.decode(bytes, request: request) else { return nil }
        let upright = decoded.raster.applying(decoded.header.orientation ?? .up)
        let scale = Double(longSide) / Double(max(upright.width, upright.height))
        guard scale < 1 else { return upright }
        return upright.areaResized(
            width: max(1, Int((Double(upright.width) * scale).rounded())),
            height: max(1, Int((Double(upright.height) * scale).rounded())))
    }

    /// The thumbnail of the image in `bytes` as a JPEG (quality 70), or nil if it does not decode.
    public static func jpeg(of bytes: [UInt8], maxPixels: Int) -> [UInt8]? {
        guard let raster = raster(of: bytes, maxPixels: maxPixels) else { return nil }
        return try? ImageEncoder.jpeg(raster, quality: 70)
    }
}
