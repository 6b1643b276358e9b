// Copies of the metadata blocks the HEIF, WebP and AVIF decoders return: the ICC profile and the EXIF TIFF
// block (private to this target).
#ifndef PPF_METADATA_BLOCKS_H
#define PPF_METADATA_BLOCKS_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ppf_decode.h"

/// Copies a buffer into newly allocated memory; NULL when empty or out of memory.
static inline uint8_t *ppf_copy_bytes(const uint8_t *data, size_t size) {
    if (data == NULL || size == 0) return NULL;
    uint8_t *copy = malloc(size);
    if (copy != NULL) memcpy(copy, data, size);
    return copy;
}

/// Stores a copy of an ICC profile in the result.
static inline void ppf_store_icc(ppf_decode_result *result, const uint8_t *data, size_t size) {
    if (size == 0 || size > UINT32_MAX) return;
    result->icc_profile = ppf_copy_bytes(data, size);
    if (result->icc_profile != NULL) result->icc_size = (uint32_t)size;
}

/// Stores the EXIF TIFF block found in `data`: at its start, after an "Exif\0\0" prefix, or after HEIF's
/// 4-byte big-endian offset to the TIFF header. Blocks without a TIFF header are ignored.
static inline void ppf_store_exif(ppf_decode_result *result, const uint8_t *data, size_t size) {
    size_t start = 0;
    if (size >= 6 && memcmp(data, "Exif\0\0", 6) == 0) {
        start = 6;
    } else if (size >= 4 && memcmp(data, "II*", 3) != 0 && memcmp(data, "MM\0*", 4) != 0) {
        uint32_t offset = (uint32_t)data[0] << 24 | (uint32_t)data[1] << 16 | (uint32_t)data[2] << 8 | data[3];
        if (offset > size - 4) return;
        start = 4 + (size_t)offset;
        if (size - start >= 6 && memcmp(data + start, "Exif\0\0", 6) == 0) start += 6;
    }
    if (size - start < 8) return;
    const uint8_t *tiff = data + start;
    if (memcmp(tiff, "II*\0", 4) != 0 && memcmp(tiff, "MM\0*", 4) != 0) return;
    if (size - start > UINT32_MAX) return;
    result->exif = ppf_copy_bytes(tiff, size - start);
    if (result->exif != NULL) result->exif_size = (uint32_t)(size - start);
}

#endif
