// Small pixel helpers shared by the decoders (private to this target).
#ifndef PPF_PIXELS_H
#define PPF_PIXELS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ppf_decode.h"

/// Rec. 601 luma of an 8-bit RGB pixel, rounded.
static inline uint8_t ppf_luma(int r, int g, int b) { return (uint8_t)((77 * r + 150 * g + 29 * b + 128) >> 8); }

/// Composites an 8-bit sample with alpha onto a background sample.
static inline int ppf_over(int value, int alpha, int background) {
    return (value * alpha + background * (255 - alpha) + 127) / 255;
}

/// Writes one 8-bit row of `in_channels` samples per pixel (gray, gray+alpha, RGB or RGBA) into the output
/// layout, compositing alpha onto `background` (0xRRGGBB).
static inline void ppf_convert_row(const uint8_t *in, int in_channels, uint8_t *out, uint32_t width,
                                   ppf_layout layout, uint32_t background) {
    int bg_r = (background >> 16) & 0xff, bg_g = (background >> 8) & 0xff, bg_b = background & 0xff;
    int has_alpha = in_channels == 2 || in_channels == 4;
    int color = in_channels >= 3;
    for (uint32_t x = 0; x < width; x++) {
        const uint8_t *p = in + (size_t)x * in_channels;
        int r = p[0], g = color ? p[1] : p[0], b = color ? p[2] : p[0];
        if (has_alpha) {
            int alpha = p[in_channels - 1];
            r = ppf_over(r, alpha, bg_r);
            g = ppf_over(g, alpha, bg_g);
            b = ppf_over(b, alpha, bg_b);
        }
        if (layout == PPF_LAYOUT_GRAY) {
            out[x] = ppf_luma(r, g, b);
        } else {
            out[3 * x] = (uint8_t)r;
            out[3 * x + 1] = (uint8_t)g;
            out[3 * x + 2] = (uint8_t)b;
        }
    }
}

/// Frees the outputs of a failed decode (pixels, ICC profile, EXIF) and clears their fields.
static inline void ppf_release_outputs(ppf_decode_result *result) {
    free(result->pixels);
    result->pixels = NULL;
    free(result->icc_profile);
    result->icc_profile = NULL;
    result->icc_size = 0;
    free(result->exif);
    result->exif = NULL;
    result->exif_size = 0;
}

/// Clears a result before a HEIF, WebP or AVIF decode: no mirror, 8 bits, one frame until found otherwise.
static inline void ppf_begin_result(ppf_decode_result *result) {
    memset(result, 0, sizeof(*result));
    result->mirror = -1;
    result->bit_depth = 8;
    result->frame_count = 1;
}

/// Refuses `width` × `height` when it is over the caller's pixel limit: records the size and a message and
/// returns PPF_ERROR_TOO_MANY_PIXELS, else PPF_OK. Call before any pixel memory is allocated.
static inline int ppf_check_pixel_limit(const ppf_decode_options *options, ppf_decode_result *result,
                                        uint32_t width, uint32_t height) {
    result->width = width;
    result->height = height;
    uint64_t pixels = (uint64_t)width * (uint64_t)height;
    if (options->max_pixels > 0 && pixels > options->max_pixels) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "header declares %ux%u pixels", width, height);
        return PPF_ERROR_TOO_MANY_PIXELS;
    }
    return PPF_OK;
}

/// Allocates the output pixels for `width` × `height` in the requested layout. Returns PPF_OK or
/// PPF_ERROR_NO_MEMORY (with a message).
static inline int ppf_allocate_output(const ppf_decode_options *options, ppf_decode_result *result,
                                      uint32_t width, uint32_t height) {
    int channels = options->layout == PPF_LAYOUT_GRAY ? 1 : 3;
    result->out_width = width;
    result->out_height = height;
    result->out_channels = channels;
    result->scale_denom = 1;
    result->pixels = malloc((size_t)width * (size_t)height * (size_t)channels);
    if (result->pixels == NULL) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "cannot allocate %ux%u pixels", width, height);
        return PPF_ERROR_NO_MEMORY;
    }
    return PPF_OK;
}

/// Converts a whole image of `in_channels` samples per pixel, rows `stride` bytes apart, into the
/// allocated output.
static inline void ppf_convert_image(const uint8_t *in, size_t stride, int in_channels,
                                     const ppf_decode_options *options, ppf_decode_result *result) {
    size_t out_row = (size_t)result->out_width * (size_t)result->out_channels;
    for (uint32_t y = 0; y < result->out_height; y++) {
        ppf_convert_row(in + stride * y, in_channels, result->pixels + out_row * y, result->out_width,
                        options->layout, options->background_rgb);
    }
}

#endif
