// Colour conversion through lcms2: RGB pixels described by an ICC profile (e.g. an iPhone's Display P3)
// converted to sRGB in place. lcms2 reports errors by return value; its error handler is never fatal.
#ifndef PPF_COLOR_H
#define PPF_COLOR_H

#include <stddef.h>
#include <stdint.h>

#include "ppf_decode.h"

/// Converts `width * height` packed 8-bit RGB pixels from the colours `icc` describes to sRGB, in place
/// (relative colorimetric intent with black-point compensation). Returns PPF_OK, PPF_ERROR_UNSUPPORTED for
/// a profile that is not a usable RGB profile, or PPF_ERROR_NO_MEMORY; `message` (PPF_MESSAGE_CAPACITY
/// bytes) says why.
int ppf_convert_rgb_to_srgb(uint8_t *pixels, uint32_t width, uint32_t height, const uint8_t *icc, size_t icc_size,
                            char *message);

#endif
