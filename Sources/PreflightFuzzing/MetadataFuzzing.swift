import PhotoPreflight

/// The format sniffer, the EXIF orientation reader and the metadata stripper.
enum MetadataFuzzing {
    /// Sniffs the whole input and a slice of it that does not start at index 0 (the sniffer takes any
    /// random-access collection of bytes).
    static func sniff(_ bytes: [UInt8]) {
        let whole = FormatSniffer.sniff(bytes)
        let shifted = FormatSniffer.sniff(bytes.dropFirst(0))
        precondition(whole == shifted, "a slice sniffs differently from its array")
        if whole.damagedSignature { precondition(whole.format == .png, "damaged signature on \(whole.format)") }
    }

    /// Reads the orientation of `bytes` taken as an EXIF TIFF block, then applies it to a small raster
    /// and checks the displayed size.
    static func readEXIF(_ bytes: [UInt8]) {
        let value = EXIFReader.orientationValue(tiff: bytes[...])
        guard let orientation = EXIFReader.orientation(tiff: bytes[...]) else {
            precondition(value == nil, "a value \(value ?? 0) without an orientation")
            return
        }
        if let value, (1...8).contains(value) { precondition(orientation.rawValue == value, "orientation differs") }
        let raster = Raster(width: 3, height: 2, channels: 1, pixels: [1, 2, 3, 4, 5, 6])
        let upright = raster.applying(orientation)
        let size = orientation.displayedSize(width: 3, height: 2)
        precondition(upright.width == size.width && upright.height == size.height, "displayed size differs")
        precondition(upright.pixels.sorted() == raster.pixels, "orienting lost or invented pixels")
    }

    /// Strips a JPEG or PNG with and without EXIF kept. A stripped file must strip again to itself: the
    /// second pass finds nothing more to remove.
    static func strip(_ bytes: [UInt8]) {
        let format = FormatSniffer.sniff(bytes).format
        guard format == .jpeg || format == .png else { return }
        for keepingEXIF in [false, true] {
            guard let stripped = MetadataStripper.strip(bytes, format: format, keepingEXIF: keepingEXIF) else {
                continue
            }
            guard let again = MetadataStripper.strip(stripped.bytes, format: format, keepingEXIF: keepingEXIF)
            else {
                preconditionFailure("a stripped \(format) no longer strips")
            }
            precondition(again.bytes == stripped.bytes, "stripping is not idempotent (removed \(again.removed))")
        }
    }
}
