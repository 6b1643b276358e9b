// Bounded walks over ISO base media boxes: to the `ispe` properties (meta → iprp → ipco → ispe), and to the
// derived-image references (meta → iref → dimg).
#include "ppf_isobmff.h"
#include "ppf_bytes.h"
#include "ppf_pixels.h"

#include <stdlib.h>
#include <string.h>

/// One box: its type, where its payload starts (after the size, type and any 64-bit size) and where it ends.
typedef struct {
    const uint8_t *type;
    size_t payload;
    size_t end;
} ppf_box;

/// Reads the box at `position` of [position, end): a 32-bit size, or 1 for a 64-bit size after the type, or 0
/// for "to the end". Returns 0 when no whole box fits.
static int ppf_next_box(const uint8_t *data, size_t position, size_t end, ppf_box *box) {
    if (end - position < 8) return 0;
    uint64_t box_size = ppf_be32(data + position);
    size_t header = 8;
    if (box_size == 1) {
        if (end - position < 16) return 0;
        box_size = (uint64_t)ppf_be32(data + position + 8) << 32 | ppf_be32(data + position + 12);
        header = 16;
    } else if (box_size == 0) {
        box_size = end - position;
    }
    if (box_size < header || box_size > end - position) return 0;
    box->type = data + position + 4;
    box->payload = position + header;
    box->end = position + (size_t)box_size;
    return 1;
}

/// Walks the boxes in [start, end). Calls itself for the containers on the way to `ispe` (`depth` bounds
/// the recursion) and keeps the extent with the most pixels.
static void ppf_walk(const uint8_t *data, size_t start, size_t end, int depth, uint64_t *best, uint32_t *width,
                     uint32_t *height) {
    ppf_box box;
    for (size_t position = start; depth < 4 && ppf_next_box(data, position, end, &box); position = box.end) {
        size_t payload_size = box.end - box.payload;
        if (memcmp(box.type, "meta", 4) == 0 && payload_size >= 4) {
            ppf_walk(data, box.payload + 4, box.end, depth + 1, best, width, height);  // full box
        } else if (memcmp(box.type, "iprp", 4) == 0 || memcmp(box.type, "ipco", 4) == 0) {
            ppf_walk(data, box.payload, box.end, depth + 1, best, width, height);
        } else if (memcmp(box.type, "ispe", 4) == 0 && payload_size >= 12) {
            uint32_t w = ppf_be32(data + box.payload + 4), h = ppf_be32(data + box.payload + 8);
            uint64_t pixels = (uint64_t)w * h;
            if (pixels >= *best) {
                *best = pixels;
                *width = w;
                *height = h;
            }
        }
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
    ppf_box box;
    for (size_t position = start; ppf_next_box(data, position, end, &box); position = box.end) {
        if (memcmp(box.type, "dimg", 4) != 0 || box.end - box.payload < id_size + 2) continue;
        size_t cursor = box.payload;
        uint32_t from = wide ? ppf_be32(data + cursor) : ppf_be16(data + cursor);
        cursor += id_size;
        uint32_t count = ppf_be16(data + cursor);
        cursor += 2;
        for (uint32_t i = 0; i < count && box.end - cursor >= id_size; i++, cursor += id_size) {
            if (refs->count == PPF_ISOBMFF_MAX_REFERENCES) return;
            refs->from[refs->count] = from;
            refs->to[refs->count] = wide ? ppf_be32(data + cursor) : ppf_be16(data + cursor);
            refs->count++;
        }
    }
}

/// Finds the `iref` box in meta and reads its references.
static void ppf_find_iref(const uint8_t *data, size_t start, size_t end, int in_meta, ppf_references *refs) {
    ppf_box box;
    for (size_t position = start; ppf_next_box(data, position, end, &box); position = box.end) {
        if (box.end - box.payload < 4) continue;  // both are full boxes: version and flags first
        if (!in_meta && memcmp(box.type, "meta", 4) == 0) {
            ppf_find_iref(data, box.payload + 4, box.end, 1, refs);
        } else if (in_meta && memcmp(box.type, "iref", 4) == 0) {
            ppf_read_iref(data, box.payload + 4, box.end, data[box.payload] != 0, refs);
        }
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
