// Big-endian integer reads shared by the container walks (private to this target).
#ifndef PPF_BYTES_H
#define PPF_BYTES_H

#include <stdint.h>

/// The big-endian 16-bit integer at `p`.
static inline uint32_t ppf_be16(const uint8_t *p) { return (uint32_t)p[0] << 8 | (uint32_t)p[1]; }

/// The big-endian 32-bit integer at `p`.
static inline uint32_t ppf_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

#endif
