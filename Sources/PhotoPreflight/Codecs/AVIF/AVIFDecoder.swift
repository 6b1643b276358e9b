internal import CImageCodecs

/// Decodes AVIF through libavif 0.11, which reports the container's `irot` and `imir` without applying them:
/// they become the header's ``ImageHeader/orientation``, so that check and fix turn the pixels exactly as
/// they turn a JPEG's. An image sequence gives its first frame.
enum AVIFDecoder {
    static func decode(
        bytes: UnsafeRawBufferPointer, request: DecodeRequest, headerOnly: Bool
    )
        -> Result<DecodeOutput, DecodeError>
    {
        CodecBridge.decode(ppf_avif_decode, bytes: bytes, request: request, headerOnly: headerOnly) { result in
            ImageHeader(
                converting: .avif, result: result,
                orientation: orientation(
                    quarterTurnsCounterClockwise: Int(result.rotation_ccw), mirror: Int(result.mirror)),
                colorDescription: result.has_alpha != 0 ? "YUV + alpha" : "YUV")
        }
    }

    /// The EXIF orientation that turns stored pixels as `irot` (quarter turns counter-clockwise, 0-3) and then
    /// `imir` (-1 none, 0 top and bottom exchanged, 1 left and right exchanged) do. Nil when there is none.
    static func orientation(quarterTurnsCounterClockwise turns: Int, mirror: Int) -> Orientation? {
        // A turn then a mirror is one of the eight EXIF transforms; the table is [turns][mirror + 1].
        let table: [[Orientation]] = [
            [.up, .downMirrored, .upMirrored],
            [.left, .leftMirrored, .rightMirrored],
            [.down, .upMirrored, .downMirrored],
            [.right, .rightMirrored, .leftMirrored],
        ]
        let orientation = table[turns & 3][min(max(mirror, -1), 1) + 1]
        return orientation == .up ? nil : orientation
    }
}
