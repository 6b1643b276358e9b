// Small pixel helpers shared by the decoders (private to this target).
#ifndef PPF_PIXELS_H
#define PPF_PIXELS_H

#include <stdint.h>
#include <stdlib.h>

#include "ppf_decode.h"

/// Rec. 601 luma of an 8-bit RGB pixel, rounded.
static inline uint8_t ppf_luma(int r, int g, int b) { return (uint8_t)((77 * r + 150 * g + 29 * b + 128) >> 8); }

/// Composites an 8-bit sample with alpha onto a background sample.
static inline int ppf_over(int value, int alpha, int background) {
    return (value * alpha + background * (255 - alpha) + 127) / 255;
}

/// Frees the outputs of a failed decode (pixels, ICC profile) and clears their fields.
static inline void ppf_release_outputs(ppf_decode_result *result) {
    free(result->pixels);
    result->pixels = NULL;
    free(result->icc_profile);
    result->icc_profile = NULL;
    result->icc_size = 0;
}

#endif
