// The evaluator of a landmark model in the flat layout (landmark_layout.h): the ensemble of regression trees of
// Kazemi & Sullivan, "One Millisecond Face Alignment with an Ensemble of Regression Trees" (CVPR 2014), evaluated
// the way dlib's shape_predictor does, so that it gives dlib's points. Starting from the mean shape placed in the
// face box, each cascade
//   1. finds the similarity transform (least squares, Umeyama) from the mean shape to the current shape,
//   2. reads its feature pixels: each at its anchor landmark of the current shape plus its delta turned and
//      scaled by that transform, mapped from the unit face box to image pixels (0 outside the image),
//   3. runs each tree: a node goes left when pixel[idx1] - pixel[idx2] > threshold, and the leaf's shape delta
//      is added to the current shape.
// The result is mapped from the unit face box to image pixels. Compiled with -O2 (Package.swift).
#include "dlib_landmark_shim.h"

#include "landmark_layout.h"

#include <cmath>
#include <exception>
#include <new>
#include <vector>

namespace {

using pp_landmark::Layout;

// The 2x2 part (scale times rotation) of the least-squares similarity transform taking `from` to `to`, both
// `parts` x, y pairs: the closed form of Umeyama's estimate in two dimensions, in double like dlib's.
void similarity(const float *from, const float *to, uint32_t parts, float m[4]) {
    double from_x = 0, from_y = 0, to_x = 0, to_y = 0;
    for (uint32_t i = 0; i < parts; ++i) {
        from_x += from[2 * i];
        from_y += from[2 * i + 1];
        to_x += to[2 * i];
        to_y += to[2 * i + 1];
    }
    from_x /= parts;
    from_y /= parts;
    to_x /= parts;
    to_y /= parts;
    double spread = 0, dot = 0, cross = 0;
    for (uint32_t i = 0; i < parts; ++i) {
        const double fx = from[2 * i] - from_x, fy = from[2 * i + 1] - from_y;
        const double tx = to[2 * i] - to_x, ty = to[2 * i + 1] - to_y;
        spread += fx * fx + fy * fy;
        dot += tx * fx + ty * fy;
        cross += ty * fx - tx * fy;
    }
    if (spread == 0) {
        m[0] = 1, m[1] = 0, m[2] = 0, m[3] = 1;
        return;
    }
    const double a = dot / spread, b = cross / spread;
    m[0] = static_cast<float>(a);
    m[1] = static_cast<float>(-b);
    m[2] = static_cast<float>(b);
    m[3] = static_cast<float>(a);
}

}  // namespace

extern "C" pp_landmark_status pp_landmark_locate(const pp_landmark_model *model, const uint8_t *pixels,
                                                 int32_t width, int32_t height, int32_t stride, int32_t left,
                                                 int32_t top, int32_t right, int32_t bottom, double *xy,
                                                 int32_t capacity) {
    if (model == nullptr || pixels == nullptr || xy == nullptr || width <= 0 || height <= 0 || stride < width ||
        right < left || bottom < top)
        return PP_LANDMARK_INVALID_ARGUMENT;
    const Layout &layout = model->layout;
    const uint32_t parts = layout.header.parts, features = layout.header.features;
    const uint32_t trees = layout.header.trees, splits = layout.header.splits;
    if (capacity < 0 || static_cast<uint64_t>(capacity) < uint64_t(parts) * 2) return PP_LANDMARK_INVALID_ARGUMENT;
    try {
        std::vector<float> shape(layout.mean, layout.mean + 2 * parts);
        std::vector<float> feature(features);
        std::vector<const float *> leaves(trees);  // the leaf each tree of the current cascade reaches
        constexpr uint32_t leaf_lookahead = 8;   // trees between fetching a leaf and adding it
        // The unit face box to image pixels: dlib maps (0, 0) to the top-left and (1, 1) to the bottom-right
        // corner of its rectangle, whose right and bottom edges are inclusive.
        const double scale_x = double(right) - double(left), scale_y = double(bottom) - double(top);
        const size_t shape_floats = size_t(parts) * 2;
        for (uint32_t cascade = 0; cascade < layout.header.cascades; ++cascade) {
            float m[4];
            similarity(layout.mean, shape.data(), parts, m);
            const uint32_t *anchors = layout.anchors + size_t(cascade) * features;
            const float *deltas = layout.deltas + size_t(cascade) * features * 2;
            for (uint32_t i = 0; i < features; ++i) {
                const float dx = deltas[2 * i], dy = deltas[2 * i + 1];
                const float px = (m[0] * dx + m[1] * dy) + shape[2 * anchors[i]];
                const float py = (m[2] * dx + m[3] * dy) + shape[2 * anchors[i] + 1];
                const double x = std::floor(left + double(px) * scale_x + 0.5);
                const double y = std::floor(top + double(py) * scale_y + 0.5);
                const bool inside = x >= 0 && y >= 0 && x < width && y < height;
                feature[i] = inside ? float(pixels[size_t(y) * size_t(stride) + size_t(x)]) : 0.0f;
            }
            // A cascade's trees read only its feature pixels, so every tree's leaf is known before any is
            // added: first walk them all (their split nodes lie together), then add the leaves in tree order
            // (the same sums as tree by tree), fetching each leaf a few trees ahead. The leaves are scattered
            // over the whole 65 MB model; waiting for each one in turn was most of the evaluator's time.
            const size_t first_tree = size_t(cascade) * trees;
            for (uint32_t tree = 0; tree < trees; ++tree) {
                const size_t node_base = (first_tree + tree) * splits;
                const uint32_t *indices = layout.split_indices + node_base * 2;
                const float *thresholds = layout.thresholds + node_base;
                uint32_t node = 0;
                while (node < splits) {
                    const bool left_branch = feature[indices[2 * node]] - feature[indices[2 * node + 1]] >
                                             thresholds[node];
                    node = left_branch ? 2 * node + 1 : 2 * node + 2;
                }
                leaves[tree] =
                    layout.leaves + ((first_tree + tree) * (size_t(splits) + 1) + (node - splits)) * shape_floats;
            }
            for (uint32_t tree = 0; tree < trees; ++tree) {
                if (tree + leaf_lookahead < trees) {
                    const char *ahead = reinterpret_cast<const char *>(leaves[tree + leaf_lookahead]);
                    for (size_t byte = 0; byte < shape_floats * sizeof(float); byte += 64) {
                        __builtin_prefetch(ahead + byte);
                    }
                }
                const float *leaf = leaves[tree];
                for (size_t k = 0; k < shape_floats; ++k) shape[k] += leaf[k];
            }
        }
        for (uint32_t i = 0; i < parts; ++i) {
            xy[2 * i] = left + double(shape[2 * i]) * scale_x;
            xy[2 * i + 1] = top + double(shape[2 * i + 1]) * scale_y;
        }
        return PP_LANDMARK_OK;
    } catch (const std::bad_alloc &) {
        return PP_LANDMARK_OUT_OF_MEMORY;
    } catch (...) {
        return PP_LANDMARK_UNKNOWN_ERROR;
    }
}
