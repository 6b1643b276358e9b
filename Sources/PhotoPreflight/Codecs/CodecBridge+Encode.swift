internal import CImageCodecs

extension CodecBridge {
    typealias EncodeFunction = (
        UnsafePointer<ppf_image>, UnsafePointer<ppf_metadata>, UnsafeMutablePointer<ppf_encode_result>
    ) -> Int32

    /// Runs the C encoder `call` over `raster` with the metadata to embed, and returns the encoded file.
    static func encode(
        _ raster: Raster, iccProfile: [UInt8]?, exif: [UInt8]?, call: EncodeFunction
    ) throws(EncodeError) -> [UInt8] {
        var result = ppf_encode_result()
        let status = raster.pixels.withUnsafeBufferPointer { pixels in
            let profile = iccProfile ?? [], block = exif ?? []
            return profile.withUnsafeBufferPointer { icc in
                block.withUnsafeBufferPointer { exifBytes in
                    var image = ppf_image(
                        pixels: pixels.baseAddress, width: UInt32(clamping: raster.width),
                        height: UInt32(clamping: raster.height), channels: Int32(raster.channels))
                    var metadata = ppf_metadata(
                        icc: icc.baseAddress, icc_size: icc.count, exif: exifBytes.baseAddress,
                        exif_size: exifBytes.count)
                    return call(&image, &metadata, &result)
                }
            }
        }
        defer { ppf_free(result.data) }
        guard status == Int32(PPF_OK.rawValue), let data = result.data else {
            let message = withUnsafeBytes(of: result.message) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let kind: EncodeError.Kind = status == Int32(PPF_ERROR_NO_MEMORY.rawValue) ? .outOfMemory : .unsupported
            throw EncodeError(kind: kind, message: message.isEmpty ? "encoding failed" : message)
        }
        return Array(UnsafeBufferPointer(start: data, count: result.size))
    }
}
