// A bounded walk over ISO base media boxes to the `ispe` properties: meta → iprp → ipco → ispe.
#include "ppf_isobmff.h"
#include "ppf_pixels.h"

#include <string.h>

static uint32_t ppf_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/// Walks the boxes in [start, end). Calls itself for the containers on the way to `ispe` (`depth` bounds
/// the recursion) and keeps the extent with the most pixels.
static void ppf_walk(const uint8_t *data, size_t start, size_t end, int depth, uint64_t *best, uint32_t *width,
                     uint32_t *height) {
    size_t position = start;
    while (depth < 4 && end - position >= 8) {
        uint64_t box_size = ppf_be32(data + position);
        size_t header = 8;
        const uint8_t *type = data + position + 4;
        if (box_size == 1) {
            if (end - position < 16) return;
            box_size = (uint64_t)ppf_be32(data + position + 8) << 32 | ppf_be32(data + position + 12);
            header = 16;
        } else if (box_size == 0) {
            box_size = end - position;
        }
        if (box_size < header || box_size > end - position) return;
        size_t box_end = position + (size_t)box_size;
        if (memcmp(type, "meta", 4) == 0 && box_size >= header + 4) {
            ppf_walk(data, position + header + 4, box_end, depth + 1, best, width, height);  // full box
        } else if (memcmp(type, "iprp", 4) == 0 || memcmp(type, "ipco", 4) == 0) {
            ppf_walk(data, position + header, box_end, depth + 1, best, width, height);
        } else if (memcmp(type, "ispe", 4) == 0 && box_size >= header + 12) {
            uint32_t w = ppf_be32(data + position + header + 4), h = ppf_be32(data + position + header + 8);
            uint64_t pixels = (uint64_t)w * h;
            if (pixels >= *best) {
                *best = pixels;
                *width = w;
                *height = h;
            }
        }
        position = box_end;
    }
}

int ppf_isobmff_largest_extent(const uint8_t *data, size_t size, uint32_t *width, uint32_t *height) {
    uint64_t best = 0;
    *width = 0;
    *height = 0;
    if (data == NULL) return 0;
    ppf_walk(data, 0, size, 0, &best, width, height);
    return *width > 0 && *height > 0;
}

int ppf_isobmff_check_limit(const uint8_t *data, size_t size, const ppf_decode_options *options,
                            ppf_decode_result *result) {
    uint32_t width = 0, height = 0;
    if (!ppf_isobmff_largest_extent(data, size, &width, &height)) return PPF_OK;
    return ppf_check_pixel_limit(options, result, width, height);
}
