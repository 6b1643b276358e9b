// The flat layout of a landmark model, shared by the loader (dlib_landmark_shim.cpp) and the evaluator
// (dlib_landmark_cascade.cpp). The same bytes are the cache file:
//
//   header (64 bytes, below), then little-endian arrays, each of 4-byte values:
//   mean shape      float[2 * parts]                            x, y pairs in the unit face box
//   anchors         uint32[cascades * features]                 landmark each feature pixel is placed from
//   deltas          float[cascades * features * 2]              offset of the feature pixel from its anchor
//   split indices   uint32[cascades * trees * splits * 2]       the two feature pixels a node compares
//   thresholds      float[cascades * trees * splits]            the node's threshold on their difference
//   leaf deltas     float[cascades * trees * (splits + 1) * 2 * parts]   shape change added at each leaf
//
// Trees are complete binary trees stored breadth first (children of node n are 2n+1 and 2n+2), as dlib's.
#ifndef PP_LANDMARK_LAYOUT_H
#define PP_LANDMARK_LAYOUT_H

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pp_landmark {

constexpr char kMagic[8] = {'P', 'P', 'L', 'M', 'K', 'E', 'R', 'T'};
constexpr uint32_t kVersion = 1;
constexpr uint32_t kByteOrderMark = 0x01020304u;

struct Header {
    char magic[8];
    uint32_t version;
    uint32_t byte_order;
    uint64_t source_size;
    int64_t source_mtime_ns;
    uint32_t parts;
    uint32_t cascades;
    uint32_t trees;     // per cascade
    uint32_t splits;    // per tree
    uint32_t features;  // per cascade
    uint32_t reserved;
    uint64_t checksum;  // FNV-1a of the header (this field zero) and every array before the leaf deltas
};
static_assert(sizeof(Header) == 64, "the cache header is 64 bytes");

// Typed views into one model's bytes.
struct Layout {
    Header header;
    const float *mean;
    const uint32_t *anchors;
    const float *deltas;
    const uint32_t *split_indices;
    const float *thresholds;
    const float *leaves;
    size_t structure_end;  // byte offset where the leaf deltas start
    size_t total;          // expected byte count
};

// Fills the array offsets for a header's dimensions; false when they are absurd or overflow.
bool plan_layout(const Header &header, Layout &layout);

// Binds `layout`'s pointers to `bytes` (which must hold layout.total bytes, 4-byte aligned).
void bind_layout(const unsigned char *bytes, Layout &layout);

// FNV-1a 64 over the header with its checksum field zeroed, then bytes [64, structure_end).
uint64_t structure_checksum(const unsigned char *bytes, const Layout &layout);

}  // namespace pp_landmark

struct pp_landmark_model {
    std::vector<uint32_t> owned;  // the bytes, when loaded from dlib's file (uint32 for alignment)
    void *mapping = nullptr;      // the bytes, when mapped from the cache
    size_t mapping_length = 0;
    const unsigned char *bytes = nullptr;
    pp_landmark::Layout layout{};
};

#endif
