// Loading a 68-point landmark model: from dlib's shape predictor file (with dlib's deserializer, into the flat
// layout of landmark_layout.h) or from a cache file holding that layout (mapped, checked, never trusted blindly).
// Every entry point catches all C++ exceptions. Compiled with -O2 like the detector (Package.swift).
#include "dlib_landmark_shim.h"

#include "landmark_layout.h"

#include <dlib/image_processing/shape_predictor.h>

#include <cstring>
#include <exception>
#include <fcntl.h>
#include <fstream>
#include <limits>
#include <memory>
#include <new>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pp_landmark {

namespace {

// Counts must stay far below what would overflow the offsets; dlib's 68-point model has 68 parts, 15 cascades,
// 500 trees of 15 splits and 500 features per cascade.
constexpr uint64_t kMaximumCount = 1u << 20;

bool multiply(uint64_t a, uint64_t b, uint64_t &out) {
    if (a != 0 && b > std::numeric_limits<uint64_t>::max() / a) return false;
    out = a * b;
    return true;
}

void copy_message(char *message, int32_t capacity, const char *text) {
    if (message == nullptr || capacity <= 0) return;
    std::strncpy(message, text, static_cast<size_t>(capacity) - 1);
    message[capacity - 1] = '\0';
}

// Runs `body`, turning every exception into a status code and a message.
template <typename Body> pp_landmark_status guarded(char *message, int32_t capacity, Body body) {
    try {
        return body();
    } catch (const std::bad_alloc &) {
        copy_message(message, capacity, "out of memory");
        return PP_LANDMARK_OUT_OF_MEMORY;
    } catch (const dlib::serialization_error &error) {
        copy_message(message, capacity, error.what());
        return PP_LANDMARK_MODEL_UNREADABLE;
    } catch (const std::exception &error) {
        copy_message(message, capacity, error.what());
        return PP_LANDMARK_UNKNOWN_ERROR;
    } catch (...) {
        copy_message(message, capacity, "unknown C++ exception");
        return PP_LANDMARK_UNKNOWN_ERROR;
    }
}

template <typename T> void append(unsigned char *&cursor, const T &value) {
    std::memcpy(cursor, &value, sizeof(T));
    cursor += sizeof(T);
}

// Every anchor names a landmark and every split compares two existing feature pixels.
bool indices_in_range(const Layout &layout) {
    const Header &h = layout.header;
    const uint64_t anchors = uint64_t(h.cascades) * h.features;
    for (uint64_t i = 0; i < anchors; ++i)
        if (layout.anchors[i] >= h.parts) return false;
    const uint64_t indices = uint64_t(h.cascades) * h.trees * h.splits * 2;
    for (uint64_t i = 0; i < indices; ++i)
        if (layout.split_indices[i] >= h.features) return false;
    return true;
}

}  // namespace

bool plan_layout(const Header &h, Layout &layout) {
    if (h.parts == 0 || h.cascades == 0 || h.trees == 0 || h.splits == 0 || h.features == 0) return false;
    if (h.parts > kMaximumCount || h.cascades > kMaximumCount || h.trees > kMaximumCount ||
        h.splits > kMaximumCount || h.features > kMaximumCount)
        return false;
    if (((uint64_t(h.splits) + 1) & uint64_t(h.splits)) != 0) return false;  // complete trees: splits = 2^d - 1
    uint64_t trees = 0, nodes = 0, leaves = 0, features = 0, leaf_floats = 0;
    if (!multiply(h.cascades, h.trees, trees) || !multiply(trees, h.splits, nodes) ||
        !multiply(trees, uint64_t(h.splits) + 1, leaves) || !multiply(h.cascades, h.features, features) ||
        !multiply(leaves, uint64_t(h.parts) * 2, leaf_floats))
        return false;
    uint64_t offset = sizeof(Header);
    const uint64_t mean = offset;
    offset += uint64_t(h.parts) * 2 * 4;
    const uint64_t anchors = offset;
    offset += features * 4;
    const uint64_t deltas = offset;
    offset += features * 2 * 4;
    const uint64_t splits = offset;
    offset += nodes * 2 * 4;
    const uint64_t thresholds = offset;
    offset += nodes * 4;
    const uint64_t leaf_start = offset;
    uint64_t leaf_bytes = 0;
    if (!multiply(leaf_floats, 4, leaf_bytes) || leaf_bytes > std::numeric_limits<uint64_t>::max() - offset)
        return false;
    offset += leaf_bytes;
    if (offset > std::numeric_limits<size_t>::max()) return false;
    layout.header = h;
    // Offsets are kept in the pointers until bind_layout adds the base.
    layout.mean = reinterpret_cast<const float *>(mean);
    layout.anchors = reinterpret_cast<const uint32_t *>(anchors);
    layout.deltas = reinterpret_cast<const float *>(deltas);
    layout.split_indices = reinterpret_cast<const uint32_t *>(splits);
    layout.thresholds = reinterpret_cast<const float *>(thresholds);
    layout.leaves = reinterpret_cast<const float *>(leaf_start);
    layout.structure_end = static_cast<size_t>(leaf_start);
    layout.total = static_cast<size_t>(offset);
    return true;
}

void bind_layout(const unsigned char *bytes, Layout &layout) {
    auto at = [bytes](const void *offset) { return bytes + reinterpret_cast<uintptr_t>(offset); };
    layout.mean = reinterpret_cast<const float *>(at(layout.mean));
    layout.anchors = reinterpret_cast<const uint32_t *>(at(layout.anchors));
    layout.deltas = reinterpret_cast<const float *>(at(layout.deltas));
    layout.split_indices = reinterpret_cast<const uint32_t *>(at(layout.split_indices));
    layout.thresholds = reinterpret_cast<const float *>(at(layout.thresholds));
    layout.leaves = reinterpret_cast<const float *>(at(layout.leaves));
}

uint64_t structure_checksum(const unsigned char *bytes, const Layout &layout) {
    uint64_t hash = 0xcbf29ce484222325ull;
    auto mix = [&hash](unsigned char byte) {
        hash ^= byte;
        hash *= 0x100000001b3ull;
    };
    Header header;
    std::memcpy(&header, bytes, sizeof(Header));
    header.checksum = 0;
    const unsigned char *head = reinterpret_cast<const unsigned char *>(&header);
    for (size_t i = 0; i < sizeof(Header); ++i) mix(head[i]);
    for (size_t i = sizeof(Header); i < layout.structure_end; ++i) mix(bytes[i]);
    return hash;
}

}  // namespace pp_landmark

using namespace pp_landmark;

extern "C" pp_landmark_status pp_landmark_file_stamp(const char *path, uint64_t *size, int64_t *mtime_ns) {
    if (path == nullptr || size == nullptr || mtime_ns == nullptr) return PP_LANDMARK_INVALID_ARGUMENT;
    struct stat info;
    if (stat(path, &info) != 0 || !S_ISREG(info.st_mode)) return PP_LANDMARK_MODEL_UNREADABLE;
    *size = static_cast<uint64_t>(info.st_size);
    *mtime_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    return PP_LANDMARK_OK;
}

extern "C" pp_landmark_status pp_landmark_model_load_dlib(const char *path, uint64_t size, int64_t mtime_ns,
                                                          pp_landmark_model **out, char *message, int32_t capacity) {
    if (path == nullptr || out == nullptr) return PP_LANDMARK_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(message, capacity, [&]() -> pp_landmark_status {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            copy_message(message, capacity, "cannot open the model file");
            return PP_LANDMARK_MODEL_UNREADABLE;
        }
        // The fields of dlib's shape_predictor, in the order its serialize() writes them.
        int version = 0;
        dlib::matrix<float, 0, 1> mean;
        std::vector<std::vector<dlib::impl::regression_tree>> forests;
        std::vector<std::vector<unsigned long>> anchors;
        std::vector<std::vector<dlib::vector<float, 2>>> deltas;
        dlib::deserialize(version, in);
        if (version != 1) {
            copy_message(message, capacity, "not a version 1 dlib shape predictor");
            return PP_LANDMARK_MODEL_UNREADABLE;
        }
        dlib::deserialize(mean, in);
        dlib::deserialize(forests, in);
        dlib::deserialize(anchors, in);
        dlib::deserialize(deltas, in);

        Header h{};
        std::memcpy(h.magic, kMagic, sizeof(kMagic));
        h.version = kVersion;
        h.byte_order = kByteOrderMark;
        h.source_size = size;
        h.source_mtime_ns = mtime_ns;
        h.parts = static_cast<uint32_t>(mean.size() / 2);
        h.cascades = static_cast<uint32_t>(forests.size());
        h.trees = forests.empty() ? 0 : static_cast<uint32_t>(forests[0].size());
        h.splits = h.trees == 0 ? 0 : static_cast<uint32_t>(forests[0][0].splits.size());
        h.features = anchors.empty() ? 0 : static_cast<uint32_t>(anchors[0].size());
        bool uniform = mean.size() % 2 == 0 && anchors.size() == forests.size() && deltas.size() == forests.size();
        for (size_t c = 0; uniform && c < forests.size(); ++c) {
            uniform = forests[c].size() == h.trees && anchors[c].size() == h.features &&
                      deltas[c].size() == h.features;
            for (const auto &tree : forests[c]) {
                if (!uniform) break;
                uniform = tree.splits.size() == h.splits && tree.leaf_values.size() == h.splits + 1;
                for (const auto &leaf : tree.leaf_values) uniform = uniform && leaf.size() == mean.size();
            }
        }
        Layout layout{};
        if (!uniform || !plan_layout(h, layout)) {
            copy_message(message, capacity, "the model's trees are not all alike; the flat layout cannot hold it");
            return PP_LANDMARK_MODEL_UNSUPPORTED;
        }

        std::unique_ptr<pp_landmark_model> model(new pp_landmark_model());
        model->owned.assign((layout.total + 3) / 4, 0);
        auto *bytes = reinterpret_cast<unsigned char *>(model->owned.data());
        unsigned char *cursor = bytes + sizeof(Header);
        for (long i = 0; i < mean.size(); ++i) append(cursor, mean(i));
        for (const auto &list : anchors)
            for (unsigned long anchor : list) append(cursor, static_cast<uint32_t>(anchor));
        for (const auto &list : deltas)
            for (const auto &delta : list) {
                append(cursor, delta.x());
                append(cursor, delta.y());
            }
        for (const auto &forest : forests)
            for (const auto &tree : forest)
                for (const auto &split : tree.splits) {
                    append(cursor, static_cast<uint32_t>(split.idx1));
                    append(cursor, static_cast<uint32_t>(split.idx2));
                }
        for (const auto &forest : forests)
            for (const auto &tree : forest)
                for (const auto &split : tree.splits) append(cursor, split.thresh);
        for (const auto &forest : forests)
            for (const auto &tree : forest)
                for (const auto &leaf : tree.leaf_values)
                    for (long i = 0; i < leaf.size(); ++i) append(cursor, leaf(i));
        std::memcpy(bytes, &h, sizeof(Header));
        bind_layout(bytes, layout);
        if (!indices_in_range(layout)) {
            copy_message(message, capacity, "the model's indices are out of range");
            return PP_LANDMARK_MODEL_UNSUPPORTED;
        }
        h.checksum = structure_checksum(bytes, layout);
        std::memcpy(bytes, &h, sizeof(Header));
        layout.header = h;
        model->bytes = bytes;
        model->layout = layout;
        *out = model.release();
        return PP_LANDMARK_OK;
    });
}

extern "C" pp_landmark_status pp_landmark_model_map_cache(const char *path, uint64_t size, int64_t mtime_ns,
                                                          pp_landmark_model **out) {
    if (path == nullptr || out == nullptr) return PP_LANDMARK_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(nullptr, 0, [&]() -> pp_landmark_status {
        const int descriptor = open(path, O_RDONLY | O_CLOEXEC);
        if (descriptor < 0) return PP_LANDMARK_CACHE_INVALID;
        struct stat info;
        if (fstat(descriptor, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size < off_t(sizeof(Header))) {
            close(descriptor);
            return PP_LANDMARK_CACHE_INVALID;
        }
        const size_t length = static_cast<size_t>(info.st_size);
        void *mapping = mmap(nullptr, length, PROT_READ, MAP_PRIVATE, descriptor, 0);
        close(descriptor);
        if (mapping == MAP_FAILED) return PP_LANDMARK_CACHE_INVALID;
        const auto *bytes = static_cast<const unsigned char *>(mapping);
        Header h;
        std::memcpy(&h, bytes, sizeof(Header));
        Layout layout{};
        bool valid = std::memcmp(h.magic, kMagic, sizeof(kMagic)) == 0 && h.version == kVersion &&
                     h.byte_order == kByteOrderMark && h.source_size == size && h.source_mtime_ns == mtime_ns &&
                     plan_layout(h, layout) && layout.total == length;
        if (valid) {
            bind_layout(bytes, layout);
            valid = structure_checksum(bytes, layout) == h.checksum && indices_in_range(layout);
        }
        if (!valid) {
            munmap(mapping, length);
            return PP_LANDMARK_CACHE_INVALID;
        }
        auto *model = new (std::nothrow) pp_landmark_model();
        if (model == nullptr) {
            munmap(mapping, length);
            return PP_LANDMARK_OUT_OF_MEMORY;
        }
        model->mapping = mapping;
        model->mapping_length = length;
        model->bytes = bytes;
        model->layout = layout;
        *out = model;
        return PP_LANDMARK_OK;
    });
}

extern "C" pp_landmark_status pp_landmark_model_bytes(const pp_landmark_model *model, const uint8_t **bytes,
                                                      size_t *count) {
    if (model == nullptr || bytes == nullptr || count == nullptr) return PP_LANDMARK_INVALID_ARGUMENT;
    *bytes = model->bytes;
    *count = model->layout.total;
    return PP_LANDMARK_OK;
}

extern "C" int32_t pp_landmark_model_parts(const pp_landmark_model *model) {
    return model == nullptr ? 0 : static_cast<int32_t>(model->layout.header.parts);
}

extern "C" void pp_landmark_model_destroy(pp_landmark_model *model) {
    if (model == nullptr) return;
    if (model->mapping != nullptr) munmap(model->mapping, model->mapping_length);
    delete model;
}

extern "C" pp_landmark_status pp_landmark_dlib_reference(const char *path, const uint8_t *pixels, int32_t width,
                                                         int32_t height, int32_t stride, int32_t left, int32_t top,
                                                         int32_t right, int32_t bottom, double *xy,
                                                         int32_t capacity) {
    if (path == nullptr || pixels == nullptr || xy == nullptr || width <= 0 || height <= 0 || stride < width)
        return PP_LANDMARK_INVALID_ARGUMENT;
    return guarded(nullptr, 0, [&]() -> pp_landmark_status {
        dlib::shape_predictor predictor;
        dlib::deserialize(path) >> predictor;
        dlib::array2d<unsigned char> image(height, width);
        for (long row = 0; row < height; ++row)
            std::memcpy(&image[row][0], pixels + row * static_cast<long>(stride), static_cast<size_t>(width));
        const dlib::full_object_detection shape = predictor(image, dlib::rectangle(left, top, right, bottom));
        if (capacity < static_cast<int32_t>(shape.num_parts() * 2)) return PP_LANDMARK_INVALID_ARGUMENT;
        for (unsigned long i = 0; i < shape.num_parts(); ++i) {
            xy[2 * i] = static_cast<double>(shape.part(i).x());
            xy[2 * i + 1] = static_cast<double>(shape.part(i).y());
        }
        return PP_LANDMARK_OK;
    });
}
