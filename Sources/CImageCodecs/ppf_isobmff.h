// The image sizes an ISO base media file (HEIF, AVIF) declares, read without any library (private to this
// target). libheif and libavif each apply their own size limits, at different steps and with errors that do
// not say "too many pixels"; this walk lets both decoders refuse an oversized image before calling them.
#ifndef PPF_ISOBMFF_H
#define PPF_ISOBMFF_H

#include <stddef.h>
#include <stdint.h>

#include "ppf_decode.h"

/// Finds the largest image spatial extent (`ispe` property in meta/iprp/ipco) of the file: the full image
/// of a grid, not its tiles. Returns 1 and sets `width` and `height` when one is found, else 0.
int ppf_isobmff_largest_extent(const uint8_t *data, size_t size, uint32_t *width, uint32_t *height);

/// Refuses the file when its largest `ispe` declares more pixels than the caller's limit (PPF_ERROR_TOO_MANY_PIXELS,
/// with the size in the result); PPF_OK otherwise, also when it has no `ispe`.
int ppf_isobmff_check_limit(const uint8_t *data, size_t size, const ppf_decode_options *options,
                            ppf_decode_result *result);

/// The most `dimg` references read, and the longest chain of derivations accepted (a grid of tiles is 1,
/// an overlay of grids 2).
#define PPF_ISOBMFF_MAX_REFERENCES 1024
#define PPF_ISOBMFF_MAX_DERIVATION_DEPTH 8

/// Whether the file's derived images (`iref` `dimg`) reference themselves, directly or through others, or
/// chain deeper than PPF_ISOBMFF_MAX_DERIVATION_DEPTH. libheif 1.15 follows such a cycle without end,
/// starting threads until none can start, and then dies of an uncaught C++ exception.
int ppf_isobmff_has_derivation_cycle(const uint8_t *data, size_t size);

#endif
