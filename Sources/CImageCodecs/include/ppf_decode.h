// Tiny C shims over libjpeg-turbo, libpng, libheif, libwebp and libavif decoding.
//
// libjpeg and libpng report fatal errors by longjmp; libheif, libwebp and libavif return error values. Every setjmp/longjmp pair lives inside one C
// function here, so a jump never crosses a Swift frame: callers get a status code and a message.
#ifndef PPF_DECODE_H
#define PPF_DECODE_H

#include <stddef.h>
#include <stdint.h>

#define PPF_MESSAGE_CAPACITY 200

/// Outcome of a decode call.
typedef enum {
    PPF_OK = 0,
    /// The data is damaged, truncated or not decodable; `message` says why.
    PPF_ERROR_CORRUPT = 1,
    /// The header declares more pixels than the caller's limit; no pixel memory was allocated.
    PPF_ERROR_TOO_MANY_PIXELS = 2,
    /// A valid file of a variant this build cannot decode (e.g. 12-bit JPEG); `message` says which.
    PPF_ERROR_UNSUPPORTED = 3,
    /// Memory for the output could not be allocated.
    PPF_ERROR_NO_MEMORY = 4,
} ppf_status;

/// Pixel layout of the decoded output.
typedef enum {
    /// One 8-bit luma channel (Rec. 601), alpha composited onto the background.
    PPF_LAYOUT_GRAY = 1,
    /// Three 8-bit channels R, G, B, alpha composited onto the background.
    PPF_LAYOUT_RGB = 3,
} ppf_layout;

/// What to decode and how.
typedef struct {
    /// Refuse files whose header declares more than this many pixels (0 = no limit).
    uint64_t max_pixels;
    /// JPEG only: decode with DCT scaling 1/2, 1/4 or 1/8 as long as the shorter side stays at least this
    /// many pixels (0 = full resolution).
    uint32_t min_short_side;
    /// JPEG only: the largest DCT scaling denominator allowed (1, 2, 4 or 8; 0 = 8).
    int max_scale_denom;
    /// Output layout.
    ppf_layout layout;
    /// Read the header only: fill the header fields and return without allocating pixels.
    int header_only;
    /// JPEG only: use the fast integer IDCT (fine for statistics, not for re-encoding).
    int fast_idct;
    /// Background for alpha compositing, 0xRRGGBB.
    uint32_t background_rgb;
    /// JPEG only: refuse progressive files with more scans than this (0 = 1000).
    int max_scans;
    /// Also return the embedded ICC profile (JPEG APP2 chunks reassembled, PNG iCCP inflated), if any.
    int read_icc;
    /// HEIF, WebP and AVIF: also return the EXIF block (its TIFF header onwards) and whether XMP is present.
    int read_metadata;
} ppf_decode_options;

/// Header facts and the decoded pixels.
typedef struct {
    uint32_t width;
    uint32_t height;
    /// Components stored in the file (JPEG: 1, 3 or 4; PNG: channels after palette lookup).
    int components;
    /// JPEG data precision or PNG bit depth.
    int bit_depth;
    /// JPEG: J_COLOR_SPACE of the file; PNG: IHDR colour type; WebP: 0 animated, 1 lossy, 2 lossless.
    int color_type;
    /// JPEG progressive or PNG Adam7 interlaced.
    int interlaced;
    /// JPEG arithmetic coding.
    int arithmetic;
    /// PNG with an alpha channel or tRNS; HEIF, WebP or AVIF with alpha.
    int has_alpha;
    /// JPEG with an Adobe APP14 marker (CMYK/YCCK stored inverted).
    int adobe_marker;

    /// Decoded pixels, `out_width * out_height * out_channels` bytes, rows packed; free with ppf_free.
    uint8_t *pixels;
    uint32_t out_width;
    uint32_t out_height;
    int out_channels;
    /// JPEG DCT scaling denominator used (1, 2, 4 or 8).
    int scale_denom;

    /// Warnings raised while reading compressed image data (truncation, bad Huffman codes, ...).
    int data_warnings;
    /// Warnings raised while reading headers and markers (harmless: e.g. stray bytes between markers).
    int header_warnings;
    /// The embedded ICC profile when `read_icc` was set and the file has a valid one, `icc_size` bytes;
    /// free with ppf_free.
    uint8_t *icc_profile;
    uint32_t icc_size;

    /// HEIF, WebP and AVIF: frames or top-level images in the file (1 for a still image); the first (or the
    /// primary) one is decoded.
    int frame_count;
    /// AVIF only: the container's `irot` rotation, in quarter turns counter-clockwise (0-3), and its `imir`
    /// mirror (-1 none, 0 top and bottom exchanged, 1 left and right exchanged), to be applied after
    /// decoding, rotation first. libheif applies these itself, so HEIF reports none.
    int rotation_ccw;
    int mirror;
    /// HEIF, WebP and AVIF, also for header-only reads: whether the file carries an ICC profile, EXIF, XMP.
    int has_icc;
    int has_exif;
    int has_xmp;
    /// With `read_metadata`: the EXIF TIFF block (starting "II*\0" or "MM\0*"), `exif_size` bytes; free with
    /// ppf_free.
    uint8_t *exif;
    uint32_t exif_size;

    /// The error, or else the first data warning, as text.
    char message[PPF_MESSAGE_CAPACITY];
} ppf_decode_result;

/// Decodes a JPEG held in memory. Returns a ppf_status; on failure `pixels` is NULL.
int ppf_jpeg_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result);

/// Decodes a PNG held in memory. Returns a ppf_status; on failure `pixels` is NULL.
int ppf_png_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result);

/// Decodes the primary image of a HEIF/HEIC file held in memory (libheif; its rotation and mirror applied).
int ppf_heif_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result);

/// Decodes a WebP held in memory (libwebp); an animation gives its first frame.
int ppf_webp_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result);

/// Decodes an AVIF held in memory (libavif); its `irot`/`imir` are reported, not applied.
int ppf_avif_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result);

/// Frees memory returned in `ppf_decode_result.pixels`, `icc_profile` and `exif`, and in `ppf_encode_result.data`.
void ppf_free(void *pointer);

#endif
