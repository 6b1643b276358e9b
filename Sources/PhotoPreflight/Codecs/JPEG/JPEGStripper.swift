/// Removes metadata segments from a JPEG without touching its compressed pixels; see ``MetadataStripper``.
enum JPEGStripper {
    private static let mpfHeader = Array("MPF\0".utf8)

    /// The JPEG without EXIF (unless `keepingEXIF`, then with orientation 1), XMP, IPTC, MPF, comments and
    /// trailing data; nil when its segments are malformed or it has no scan.
    static func strip(_ bytes: [UInt8], keepingEXIF: Bool) -> MetadataStripper.Stripped? {
        var output: [UInt8] = [0xFF, 0xD8]
        output.reserveCapacity(bytes.count)
        var removed = RemovedKinds()
        let end = JPEGSegments.walk(bytes) { segment in
            let payload = bytes[segment.payload]
            switch segment.marker {
            case 0xE1 where payload.starts(with: EXIFReader.exifHeader):
                let tiffStart = segment.payload.lowerBound + EXIFReader.exifHeader.count
                let tiff = Array(bytes[tiffStart..<segment.range.upperBound])
                if keepingEXIF, let directory = EXIFDirectory(tiff: tiff) {
                    output.append(contentsOf: bytes[segment.range.lowerBound..<tiffStart])
                    output.append(contentsOf: directory.withOrientationUp())
                } else {
                    removed.exif(tiff)
                }
            case 0xE1:
                removed.add("XMP")
            case 0xE2 where payload.starts(with: mpfHeader):
                removed.add("MPF")
            case 0xED:
                removed.add("IPTC")
            case 0xFE:
                removed.add("comment")
            default:
                output.append(contentsOf: bytes[segment.range])
            }
        }
        // The entropy-coded data and its scan markers, up to EOI, are copied as they are.
        guard case .startOfScan(let scan) = end else { return nil }
        let imageEnd = JPEGSegments.imageEnd(bytes, scan: scan)
        output.append(contentsOf: bytes[scan..<imageEnd])
        if imageEnd < bytes.count { removed.add("trailing data") }
        return MetadataStripper.Stripped(bytes: output, removed: removed.list)
    }
}
