/// Removes metadata chunks from a PNG without touching its compressed pixels; see ``MetadataStripper``.
enum PNGStripper {
    /// The PNG without text and time chunks, and without `eXIf` (kept with `keepingEXIF` when its
    /// orientation is absent or 1); nil when a chunk is truncated or IEND is missing.
    static func strip(_ bytes: [UInt8], keepingEXIF: Bool) -> MetadataStripper.Stripped? {
        guard bytes.count >= 8 else { return nil }
        var output = Array(bytes[0..<8])
        output.reserveCapacity(bytes.count)
        var removed = RemovedKinds()
        let end = PNGChunks.walk(bytes) { chunk in
            switch chunk.type {
            case "eXIf":
                let tiff = Array(bytes[chunk.data])
                let orientation = EXIFReader.orientationValue(tiff: tiff[...])
                if keepingEXIF && (orientation == nil || orientation == 1) {
                    output.append(contentsOf: bytes[chunk.range])
                } else {
                    removed.exif(tiff)
                }
            case let type where PNGMetadata.textChunks.contains(type):
                removed.add("text")
            case "tIME":
                removed.add("time")
            default:
                output.append(contentsOf: bytes[chunk.range])
            }
        }
        guard end == .endChunk else { return nil }
        return MetadataStripper.Stripped(bytes: output, removed: removed.list)
    }
}
