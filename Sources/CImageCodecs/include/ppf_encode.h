// Tiny C shims over libjpeg-turbo and libpng encoding into memory.
//
// As for decoding, every setjmp/longjmp pair lives inside one C function, so a jump never crosses a
// Swift frame: callers get a ppf_status and a message. Output memory is freed with ppf_free.
#ifndef PPF_ENCODE_H
#define PPF_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "ppf_decode.h"

/// Pixels to encode: `width * height * channels` bytes, rows packed, channels 1 (gray) or 3 (RGB).
typedef struct {
    const uint8_t *pixels;
    uint32_t width;
    uint32_t height;
    int channels;
} ppf_image;

/// Metadata blocks to embed; a NULL pointer or zero size means none.
typedef struct {
    /// An ICC profile: JPEG APP2 "ICC_PROFILE" chunks, PNG iCCP.
    const uint8_t *icc;
    size_t icc_size;
    /// An EXIF TIFF block (starting "II*\0" or "MM\0*"): JPEG APP1 "Exif", PNG eXIf.
    const uint8_t *exif;
    size_t exif_size;
} ppf_metadata;

/// Encoded bytes, or the reason there are none.
typedef struct {
    /// The encoded file, `size` bytes; free with ppf_free. NULL on failure.
    uint8_t *data;
    size_t size;
    char message[PPF_MESSAGE_CAPACITY];
} ppf_encode_result;

/// Encodes a baseline JPEG with optimized Huffman tables and 4:2:0 chroma (colour) at `quality` 1-100.
int ppf_jpeg_encode(const ppf_image *image, int quality, const ppf_metadata *metadata, ppf_encode_result *result);

/// Encodes an 8-bit, non-interlaced PNG (gray or RGB) with adaptive filtering.
int ppf_png_encode(const ppf_image *image, const ppf_metadata *metadata, ppf_encode_result *result);

#endif
