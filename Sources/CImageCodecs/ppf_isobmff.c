// Bounded walks over ISO base media boxes: to the `ispe` properties (meta → iprp → ipco → ispe), and to the
// derived-image references (meta → iref → dimg).
#include "ppf_isobmff.h"
#include "ppf_pixels.h"

#include <stdlib.h>
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

/// The derived-image graph: edges "item `from` is derived from item `to`" (`dimg` references).
typedef struct {
    uint32_t from[PPF_ISOBMFF_MAX_REFERENCES];
    uint32_t to[PPF_ISOBMFF_MAX_REFERENCES];
    int count;
} ppf_references;

/// Reads the `dimg` references of an `iref` box's payload [start, end); `wide` for version 1 (32-bit ids).
static void ppf_read_iref(const uint8_t *data, size_t start, size_t end, int wide, ppf_references *refs) {
    size_t id_size = wide ? 4 : 2;
    size_t position = start;
    while (end - position >= 8) {
        uint32_t box_size = ppf_be32(data + position);
        if (box_size < 8 + id_size + 2 || box_size > end - position) return;
        size_t box_end = position + box_size;
        int derived = memcmp(data + position + 4, "dimg", 4) == 0;
        size_t cursor = position + 8;
        uint32_t from = wide ? ppf_be32(data + cursor) : (uint32_t)(data[cursor] << 8 | data[cursor + 1]);
        cursor += id_size;
        uint32_t count = (uint32_t)(data[cursor] << 8 | data[cursor + 1]);
        cursor += 2;
        for (uint32_t i = 0; derived && i < count && box_end - cursor >= id_size; i++, cursor += id_size) {
            if (refs->count == PPF_ISOBMFF_MAX_REFERENCES) return;
            refs->from[refs->count] = from;
            refs->to[refs->count] = wide ? ppf_be32(data + cursor) : (uint32_t)(data[cursor] << 8 | data[cursor + 1]);
            refs->count++;
        }
        position = box_end;
    }
}

/// Finds the `iref` box in meta and reads its references.
static void ppf_find_iref(const uint8_t *data, size_t start, size_t end, int in_meta, ppf_references *refs) {
    size_t position = start;
    while (end - position >= 8) {
        uint32_t box_size = ppf_be32(data + position);
        if (box_size < 8 || box_size > end - position) return;
        const uint8_t *type = data + position + 4;
        if (!in_meta && memcmp(type, "meta", 4) == 0 && box_size >= 12) {
            ppf_find_iref(data, position + 12, position + box_size, 1, refs);
        } else if (in_meta && memcmp(type, "iref", 4) == 0 && box_size >= 12) {
            ppf_read_iref(data, position + 12, position + box_size, data[position + 8] != 0, refs);
        }
        position += box_size;
    }
}

static int ppf_compare_ids(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/// The index of `id` in the sorted `ids`.
static int ppf_index_of(const uint32_t *ids, int count, uint32_t id) {
    const uint32_t *found = bsearch(&id, ids, (size_t)count, sizeof(uint32_t), ppf_compare_ids);
    return found ? (int)(found - ids) : 0;
}

int ppf_isobmff_has_derivation_cycle(const uint8_t *data, size_t size) {
    static _Thread_local ppf_references refs;
    static _Thread_local uint32_t ids[2 * PPF_ISOBMFF_MAX_REFERENCES];
    static _Thread_local int depth[2 * PPF_ISOBMFF_MAX_REFERENCES];
    refs.count = 0;
    if (data == NULL) return 0;
    ppf_find_iref(data, 0, size, 0, &refs);
    if (refs.count == 0) return 0;
    int count = 0;
    for (int edge = 0; edge < refs.count; edge++) {
        ids[count++] = refs.from[edge];
        ids[count++] = refs.to[edge];
    }
    qsort(ids, (size_t)count, sizeof(uint32_t), ppf_compare_ids);
    int unique = 0;
    for (int i = 0; i < count; i++) {
        if (unique == 0 || ids[i] != ids[unique - 1]) ids[unique++] = ids[i];
    }
    memset(depth, 0, sizeof(int) * (size_t)unique);
    // Longest derivation chain below each item, by relaxing every edge at most depth-limit + 1 times: in a
    // cycle the depths grow every round, so they pass the limit; without one they settle. O(rounds × edges).
    for (int round = 0; round <= PPF_ISOBMFF_MAX_DERIVATION_DEPTH; round++) {
        int changed = 0;
        for (int edge = 0; edge < refs.count; edge++) {
            int from = ppf_index_of(ids, unique, refs.from[edge]), to = ppf_index_of(ids, unique, refs.to[edge]);
            if (depth[to] + 1 > depth[from]) {
                depth[from] = depth[to] + 1;
                changed = 1;
                if (depth[from] > PPF_ISOBMFF_MAX_DERIVATION_DEPTH) return 1;
            }
        }
        if (!changed) return 0;
    }
    return 1;
}
