// extern "C" wrapper around dlib's HOG frontal face detector. Every entry point catches all C++ exceptions.
// The scan itself is in dlib_face_scan_portable.cpp and dlib_face_scan_avx2.cpp (dlib_face_scan_impl.h); this
// target is compiled with -O2 even in debug builds (Package.swift): dlib's scanner is header templates, and at
// -O0 detection is ~70x slower.
#include "dlib_face_shim.h"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/revision.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "dlib_face_scan.h"

// One detector: a compiled form of the scan (see dlib_face_scan.h) and the binary serialisation it was made from.
struct pp_face_detector {
    std::unique_ptr<pp_face_scan::Engine> engine;
    std::shared_ptr<const std::string> serialized;  // shared by clones
    std::vector<pp_face_detection> results;
    std::string last_error;
};

#define DLIB_FACE_SHIM_STRINGIFY_VALUE(x) #x
#define DLIB_FACE_SHIM_STRINGIFY(x) DLIB_FACE_SHIM_STRINGIFY_VALUE(x)

namespace {

// Runs `body`, turning every exception into a status code (and a message kept in `detector`, if any).
template <typename Body> pp_face_status guarded(pp_face_detector *detector, Body body) {
    const char *message = "";
    pp_face_status status = PP_FACE_UNKNOWN_ERROR;
    try {
        return body();
    } catch (const std::bad_alloc &) {
        status = PP_FACE_OUT_OF_MEMORY;
        message = "out of memory";
    } catch (const dlib::error &error) {
        status = PP_FACE_DLIB_ERROR;
        message = error.what();
    } catch (const std::exception &error) {
        message = error.what();
    } catch (...) {
        message = "unknown C++ exception";
    }
    if (detector != nullptr) {
        try {
            detector->last_error = message;
        } catch (...) {
            // The message is best effort; the status code already tells what happened.
        }
    }
    return status;
}

// The fastest engine this CPU runs (AVX2 where built and supported, else portable), or the portable one; nullptr
// if the bytes are not a frontal face detector.
std::unique_ptr<pp_face_scan::Engine> make_engine(const std::string &serialized, bool portable) {
    const auto *bytes = reinterpret_cast<const uint8_t *>(serialized.data());
    if (!portable) {
        if (auto fastest = pp_face_scan::make_avx2_engine(bytes, serialized.size())) return fastest;
    }
    return pp_face_scan::make_portable_engine(bytes, serialized.size());
}

// A detector from dlib's binary serialisation; PP_FACE_DLIB_ERROR if it is not a frontal face detector.
pp_face_status make_detector(std::string serialized, pp_face_detector **out) {
    auto shared = std::make_shared<const std::string>(std::move(serialized));
    auto engine = make_engine(*shared, false);
    if (!engine) return PP_FACE_DLIB_ERROR;
    *out = new pp_face_detector{std::move(engine), std::move(shared), {}, {}};
    return PP_FACE_OK;
}

int32_t clamp_to_int32(long value) {
    return static_cast<int32_t>(std::clamp<long>(value, INT32_MIN, INT32_MAX));
}

}  // namespace

extern "C" pp_face_status pp_face_detector_create(pp_face_detector **out) {
    if (out == nullptr) return PP_FACE_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(nullptr, [&] {
        std::ostringstream serialized;
        dlib::serialize(dlib::get_frontal_face_detector(), serialized);
        return make_detector(serialized.str(), out);
    });
}

extern "C" pp_face_status pp_face_detector_create_from_serialized(const uint8_t *bytes, size_t length,
                                                                  pp_face_detector **out) {
    if (out == nullptr || (bytes == nullptr && length > 0)) return PP_FACE_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(nullptr, [&] {
        return make_detector(std::string(reinterpret_cast<const char *>(bytes), length), out);
    });
}

extern "C" pp_face_status pp_face_detector_serialize(pp_face_detector *detector, const uint8_t **bytes,
                                                     size_t *length) {
    if (detector == nullptr || bytes == nullptr || length == nullptr) return PP_FACE_INVALID_ARGUMENT;
    *bytes = reinterpret_cast<const uint8_t *>(detector->serialized->data());
    *length = detector->serialized->size();
    return PP_FACE_OK;
}

extern "C" const char *pp_face_dlib_version(void) {
    return DLIB_FACE_SHIM_STRINGIFY(DLIB_MAJOR_VERSION) "." DLIB_FACE_SHIM_STRINGIFY(
        DLIB_MINOR_VERSION) "." DLIB_FACE_SHIM_STRINGIFY(DLIB_PATCH_VERSION);
}

extern "C" pp_face_status pp_face_detector_clone(const pp_face_detector *source, pp_face_detector **out) {
    if (source == nullptr || out == nullptr) return PP_FACE_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(nullptr, [&] {
        *out = new pp_face_detector{source->engine->clone(), source->serialized, {}, {}};
        return PP_FACE_OK;
    });
}

extern "C" void pp_face_detector_destroy(pp_face_detector *detector) {
    delete detector;  // destructors of dlib and std types do not throw
}

extern "C" pp_face_status pp_face_detector_use_portable_scan(pp_face_detector *detector) {
    if (detector == nullptr) return PP_FACE_INVALID_ARGUMENT;
    return guarded(detector, [&] {
        auto portable = make_engine(*detector->serialized, true);
        if (!portable) return PP_FACE_DLIB_ERROR;  // cannot happen: the bytes made the current engine
        detector->engine = std::move(portable);
        return PP_FACE_OK;
    });
}

extern "C" pp_face_status pp_face_detector_use_dlib_scan(pp_face_detector *detector) {
    if (detector == nullptr) return PP_FACE_INVALID_ARGUMENT;
    detector->engine->use_dlib_code();
    return PP_FACE_OK;
}

extern "C" const char *pp_face_detector_instruction_set(const pp_face_detector *detector) {
    return detector == nullptr ? "" : detector->engine->instruction_set();
}

extern "C" pp_face_status pp_face_detect(pp_face_detector *detector, const uint8_t *pixels, int32_t width,
                                         int32_t height, int32_t stride, double downscale, int32_t pyramid_levels,
                                         double adjust_threshold, int32_t threads, int32_t *count) {
    if (detector == nullptr || count == nullptr) return PP_FACE_INVALID_ARGUMENT;
    *count = 0;
    detector->results.clear();
    return guarded(detector, [&] {
        detector->last_error.clear();
        if (pixels == nullptr || width <= 0 || height <= 0 || stride < width || !(downscale >= 1) ||
            downscale > width || downscale > height || pyramid_levels < 0) {
            detector->last_error = "invalid image buffer, downscale factor or pyramid level count";
            return PP_FACE_INVALID_ARGUMENT;
        }
        const pp_face_scan::Request request{pixels, height, width, stride, downscale, pyramid_levels,
                                            adjust_threshold, threads >= 2 ? 2 : 1};
        std::vector<pp_face_scan::Detection> detections = detector->engine->detect(request);
        std::sort(detections.begin(), detections.end(),
                  [](const auto &a, const auto &b) { return a.confidence > b.confidence; });
        detector->results.reserve(detections.size());
        // Scanned pixel edges back to the full image's pixels (exact for a whole-number factor).
        const auto edge = [downscale](long scanned) {
            return clamp_to_int32(std::lround(static_cast<double>(scanned) * downscale));
        };
        for (const auto &found : detections) {
            detector->results.push_back(pp_face_detection{edge(found.left), edge(found.top),
                                                          edge(found.right + 1) - 1, edge(found.bottom + 1) - 1,
                                                          found.confidence,
                                                          static_cast<int32_t>(found.sub_detector)});
        }
        *count = static_cast<int32_t>(detector->results.size());
        return PP_FACE_OK;
    });
}

extern "C" pp_face_status pp_face_detector_overlap_thresholds(const pp_face_detector *detector, double *iou,
                                                              double *covered) {
    if (detector == nullptr || iou == nullptr || covered == nullptr) return PP_FACE_INVALID_ARGUMENT;
    detector->engine->overlap_thresholds(*iou, *covered);
    return PP_FACE_OK;
}

extern "C" pp_face_status pp_face_detector_results(const pp_face_detector *detector, pp_face_detection *out,
                                                   int32_t capacity, int32_t *copied) {
    if (detector == nullptr || copied == nullptr || capacity < 0 || (out == nullptr && capacity > 0)) {
        return PP_FACE_INVALID_ARGUMENT;
    }
    const auto available = detector->results.size();
    const auto n = std::min<size_t>(available, static_cast<size_t>(capacity));
    std::copy_n(detector->results.begin(), n, out);
    *copied = static_cast<int32_t>(n);
    return PP_FACE_OK;
}

extern "C" const char *pp_face_detector_last_error(const pp_face_detector *detector) {
    return detector == nullptr ? "" : detector->last_error.c_str();
}
