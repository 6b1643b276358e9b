// extern "C" wrapper around dlib's HOG frontal face detector. Every entry point catches all C++ exceptions.
// This file is compiled with -O2 even in debug builds (Package.swift): dlib's scanner is header templates, and
// at -O0 detection is ~70x slower.
#include "dlib_face_shim.h"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms/interpolation.h>
#include <dlib/revision.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>
#include <new>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace pp_face {

// Read-only view of the caller's grayscale buffer, so dlib scans it without a copy.
struct GrayView {
    const unsigned char *pixels;
    long rows;
    long columns;
    long stride;
};

inline long num_rows(const GrayView &view) { return view.rows; }
inline long num_columns(const GrayView &view) { return view.columns; }
inline long width_step(const GrayView &view) { return view.stride; }
inline const void *image_data(const GrayView &view) { return view.pixels; }
inline void *image_data(GrayView &view) { return const_cast<unsigned char *>(view.pixels); }
inline void set_image_size(GrayView &, long, long) { throw dlib::error("GrayView is read-only"); }

}  // namespace pp_face

namespace dlib {
template <> struct image_traits<pp_face::GrayView> {
    typedef unsigned char pixel_type;
};
}  // namespace dlib

using FaceScanner = dlib::frontal_face_detector::image_scanner_type;

// What a detection on two threads needs besides the detector: the sub-detectors' filter banks, built on first
// use (dlib's own are private to the detector).
struct ParallelScan {
    std::vector<FaceScanner::fhog_filterbank> filterbanks;
};

struct pp_face_detector {
    dlib::frontal_face_detector detector;
    std::vector<pp_face_detection> results;
    std::string last_error;
    std::string serialized;  // the last pp_face_detector_serialize result
    std::unique_ptr<ParallelScan> parallel;
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

// The image shrunk by an integer factor, each pixel the rounded mean of a factor x factor block.
dlib::array2d<unsigned char> box_downsampled(const pp_face::GrayView &view, long factor) {
    dlib::array2d<unsigned char> result(view.rows / factor, view.columns / factor);
    const long area = factor * factor;
    std::vector<long> sums(static_cast<size_t>(result.nc()));
    for (long row = 0; row < result.nr(); ++row) {
        std::fill(sums.begin(), sums.end(), 0);
        for (long y = row * factor; y < (row + 1) * factor; ++y) {
            const unsigned char *line = view.pixels + y * view.stride;
            for (long column = 0; column < result.nc(); ++column) {
                const unsigned char *block = line + column * factor;
                for (long x = 0; x < factor; ++x) sums[column] += block[x];
            }
        }
        for (long column = 0; column < result.nc(); ++column) {
            result[row][column] = static_cast<unsigned char>((sums[column] + area / 2) / area);
        }
    }
    return result;
}

// Gathers the sub-detectors' raw detections (in sub-detector order), sorts them and keeps the best of each
// overlapping group exactly as dlib's object_detector::operator() does.
std::vector<dlib::rect_detection> suppressed_overlaps(
    const pp_face_detector &detector, const std::vector<std::vector<std::pair<double, dlib::rectangle>>> &found,
    const std::vector<double> &biases) {
    std::vector<dlib::rect_detection> gathered;
    for (unsigned long i = 0; i < found.size(); ++i) {
        for (const auto &[score, rect] : found[i]) {
            dlib::rect_detection detection;
            detection.detection_confidence = score - biases[i];
            detection.weight_index = i;
            detection.rect = rect;
            gathered.push_back(detection);
        }
    }
    std::sort(gathered.rbegin(), gathered.rend());
    const dlib::test_box_overlap overlaps = detector.detector.get_overlap_tester();
    std::vector<dlib::rect_detection> kept;
    for (const auto &candidate : gathered) {
        const bool suppressed = std::any_of(kept.begin(), kept.end(), [&](const dlib::rect_detection &better) {
            return overlaps(better.rect, candidate.rect);
        });
        if (!suppressed) kept.push_back(candidate);
    }
    return kept;
}

using FeaturePyramid = dlib::array<dlib::array<dlib::array2d<float>>>;

// Runs `helper_work` on a second thread and `own_work` on this one; rethrows the first failure of either.
template <typename HelperWork, typename OwnWork> void on_two_threads(HelperWork helper_work, OwnWork own_work) {
    std::exception_ptr helper_failure;
    std::thread helper([&] {
        try {
            helper_work();
        } catch (...) {
            helper_failure = std::current_exception();
        }
    });
    try {
        own_work();
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (helper_failure) std::rethrow_exception(helper_failure);
}

// dlib's impl::create_fhog_pyramid (what scan_fhog_pyramid::load runs), with the features of the levels
// extracted on two threads: the level images are made first, one from the other as dlib makes them, then each
// thread extracts the features of its share of the levels (balanced by area). The same features, sooner.
template <typename Image>
void build_features_on_two_threads(const FaceScanner &scanner, const Image &image, FeaturePyramid &features) {
    using Pyramid = dlib::pyramid_down<6>;
    Pyramid pyramid;
    unsigned long levels = 0;
    dlib::rectangle rect = dlib::get_rect(image);
    do {
        rect = pyramid.rect_down(rect);
        ++levels;
    } while (rect.width() >= scanner.get_min_pyramid_layer_width() &&
             rect.height() >= scanner.get_min_pyramid_layer_height() && levels < scanner.get_max_pyramid_levels());
    if (features.max_size() < levels) features.set_max_size(levels);
    features.set_size(levels);
    std::vector<dlib::array2d<unsigned char>> images(levels);  // images[0] stays empty: level 0 is `image`
    if (levels > 1) pyramid(image, images[1]);
    for (unsigned long level = 2; level < levels; ++level) pyramid(images[level - 1], images[level]);

    const auto &extractor = scanner.get_feature_extractor();
    const int cell_size = static_cast<int>(scanner.get_cell_size());
    const int window_height = static_cast<int>(scanner.get_fhog_window_height());
    const int window_width = static_cast<int>(scanner.get_fhog_window_width());
    auto extract = [&](unsigned long level) {
        if (level == 0) {
            extractor(image, features[0], cell_size, window_height, window_width);
        } else {
            extractor(images[level], features[level], cell_size, window_height, window_width);
        }
    };
    // Level 0 on this thread, then each further level to whichever side has less area so far.
    std::vector<unsigned long> mine{0}, helpers;
    double my_area = static_cast<double>(num_rows(image)) * num_columns(image), helper_area = 0;
    for (unsigned long level = 1; level < levels; ++level) {
        const double area = static_cast<double>(images[level].size());
        if (helper_area <= my_area) {
            helpers.push_back(level);
            helper_area += area;
        } else {
            mine.push_back(level);
            my_area += area;
        }
    }
    on_two_threads([&] { for (unsigned long level : helpers) extract(level); },
                   [&] { for (unsigned long level : mine) extract(level); });
}

// dlib's object_detector::operator() with a scanner of our own, so that the pyramid can stop after
// `pyramid_levels` levels (0: all), and with two threads sharing the work: the feature pyramid's levels, then
// the sub-detectors over it. The result is the same as one thread's.
template <typename Image>
std::vector<dlib::rect_detection> detect_with_own_scanner(pp_face_detector &detector, const Image &image,
                                                          double adjust_threshold, long pyramid_levels,
                                                          int32_t threads) {
    // A scanner of its own for the configuration; the feature pyramid (tens of MB for a large image) is ours,
    // freed on return.
    FaceScanner scanner;
    scanner.copy_configuration(detector.detector.get_scanner());
    if (pyramid_levels > 0) scanner.set_max_pyramid_levels(static_cast<unsigned long>(pyramid_levels));
    if (!detector.parallel) {
        auto parallel = std::make_unique<ParallelScan>();
        for (unsigned long i = 0; i < detector.detector.num_detectors(); ++i) {
            parallel->filterbanks.push_back(scanner.build_fhog_filterbank(detector.detector.get_w(i)));
        }
        detector.parallel = std::move(parallel);
    }
    const ParallelScan &scan = *detector.parallel;
    const bool two = threads >= 2;
    const int cell_size = static_cast<int>(scanner.get_cell_size());
    const unsigned long window_height = scanner.get_fhog_window_height();
    const unsigned long window_width = scanner.get_fhog_window_width();
    const unsigned long padding = scanner.get_padding();
    FeaturePyramid features;
    if (two) {
        build_features_on_two_threads(scanner, image, features);
    } else {
        dlib::impl::create_fhog_pyramid<dlib::pyramid_down<6>>(
            image, scanner.get_feature_extractor(), features, cell_size, static_cast<int>(window_height),
            static_cast<int>(window_width), scanner.get_min_pyramid_layer_width(),
            scanner.get_min_pyramid_layer_height(), scanner.get_max_pyramid_levels());
    }
    const long dimensions = scanner.get_num_dimensions();
    const unsigned long count = scan.filterbanks.size();
    std::vector<double> biases(count);
    for (unsigned long i = 0; i < count; ++i) biases[i] = detector.detector.get_w(i)(dimensions);
    std::vector<std::vector<std::pair<double, dlib::rectangle>>> found(count);
    const unsigned long step = two ? 2 : 1;
    // What scan_fhog_pyramid::detect runs, for every `step`-th sub-detector from `first`.
    auto run_every_second = [&](unsigned long first) {
        for (unsigned long i = first; i < count; i += step) {
            dlib::impl::detect_from_fhog_pyramid<dlib::pyramid_down<6>>(
                features, scanner.get_feature_extractor(), scan.filterbanks[i], biases[i] + adjust_threshold,
                window_height - 2 * padding, window_width - 2 * padding, cell_size, static_cast<int>(window_height),
                static_cast<int>(window_width), found[i]);
        }
    };
    if (two) {
        on_two_threads([&] { run_every_second(1); }, [&] { run_every_second(0); });
    } else {
        run_every_second(0);
    }
    return suppressed_overlaps(detector, found, biases);
}

// dlib's own call for a whole-pyramid scan on one thread; otherwise our scanner.
template <typename Image>
std::vector<dlib::rect_detection> detect_faces(pp_face_detector &detector, const Image &image,
                                               double adjust_threshold, long pyramid_levels, int32_t threads) {
    if (threads >= 2 || pyramid_levels > 0) {
        return detect_with_own_scanner(detector, image, adjust_threshold, pyramid_levels, threads);
    }
    std::vector<dlib::rect_detection> detections;
    detector.detector(image, detections, adjust_threshold);
    return detections;
}

int32_t clamp_to_int32(long value) {
    return static_cast<int32_t>(std::clamp<long>(value, INT32_MIN, INT32_MAX));
}

}  // namespace

extern "C" pp_face_status pp_face_detector_create(pp_face_detector **out) {
    if (out == nullptr) return PP_FACE_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(nullptr, [&] {
        auto *created = new pp_face_detector{dlib::get_frontal_face_detector(), {}, {}, {}, nullptr};
        *out = created;
        return PP_FACE_OK;
    });
}

extern "C" pp_face_status pp_face_detector_create_from_serialized(const uint8_t *bytes, size_t length,
                                                                  pp_face_detector **out) {
    if (out == nullptr || (bytes == nullptr && length > 0)) return PP_FACE_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(nullptr, [&] {
        std::istringstream in(std::string(reinterpret_cast<const char *>(bytes), length));
        dlib::frontal_face_detector detector;
        dlib::deserialize(detector, in);
        // A frontal face detector has dlib's five sub-detectors and nothing after them.
        if (detector.num_detectors() != 5 || in.peek() != std::char_traits<char>::eof()) {
            return PP_FACE_DLIB_ERROR;
        }
        *out = new pp_face_detector{std::move(detector), {}, {}, {}, nullptr};
        return PP_FACE_OK;
    });
}

extern "C" pp_face_status pp_face_detector_serialize(pp_face_detector *detector, const uint8_t **bytes,
                                                     size_t *length) {
    if (detector == nullptr || bytes == nullptr || length == nullptr) return PP_FACE_INVALID_ARGUMENT;
    *bytes = nullptr;
    *length = 0;
    return guarded(detector, [&] {
        std::ostringstream out;
        dlib::serialize(detector->detector, out);
        detector->serialized = out.str();
        *bytes = reinterpret_cast<const uint8_t *>(detector->serialized.data());
        *length = detector->serialized.size();
        return PP_FACE_OK;
    });
}

extern "C" const char *pp_face_dlib_version(void) {
    return DLIB_FACE_SHIM_STRINGIFY(DLIB_MAJOR_VERSION) "." DLIB_FACE_SHIM_STRINGIFY(
        DLIB_MINOR_VERSION) "." DLIB_FACE_SHIM_STRINGIFY(DLIB_PATCH_VERSION);
}

extern "C" pp_face_status pp_face_detector_clone(const pp_face_detector *source, pp_face_detector **out) {
    if (source == nullptr || out == nullptr) return PP_FACE_INVALID_ARGUMENT;
    *out = nullptr;
    return guarded(nullptr, [&] {
        *out = new pp_face_detector{source->detector, {}, {}, {}, nullptr};
        return PP_FACE_OK;
    });
}

extern "C" void pp_face_detector_destroy(pp_face_detector *detector) {
    delete detector;  // destructors of dlib and std types do not throw
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
        const pp_face::GrayView view{pixels, height, width, stride};
        const long levels = pyramid_levels;
        std::vector<dlib::rect_detection> detections;
        if (downscale == 1) {
            detections = detect_faces(*detector, view, adjust_threshold, levels, threads);
        } else if (downscale == static_cast<double>(static_cast<long>(downscale))) {
            detections = detect_faces(*detector, box_downsampled(view, static_cast<long>(downscale)),
                                      adjust_threshold, levels, threads);
        } else {
            dlib::array2d<unsigned char> shrunk(std::max(1L, std::lround(height / downscale)),
                                                std::max(1L, std::lround(width / downscale)));
            dlib::resize_image(view, shrunk);
            detections = detect_faces(*detector, shrunk, adjust_threshold, levels, threads);
        }
        std::sort(detections.begin(), detections.end(), [](const auto &a, const auto &b) {
            return a.detection_confidence > b.detection_confidence;
        });
        detector->results.reserve(detections.size());
        // Scanned pixel edges back to the full image's pixels (exact for a whole-number factor).
        const auto edge = [downscale](long scanned) {
            return clamp_to_int32(std::lround(static_cast<double>(scanned) * downscale));
        };
        for (const auto &found : detections) {
            detector->results.push_back(pp_face_detection{
                edge(found.rect.left()), edge(found.rect.top()), edge(found.rect.right() + 1) - 1,
                edge(found.rect.bottom() + 1) - 1, found.detection_confidence,
                static_cast<int32_t>(found.weight_index)});
        }
        *count = static_cast<int32_t>(detector->results.size());
        return PP_FACE_OK;
    });
}

extern "C" pp_face_status pp_face_detector_overlap_thresholds(const pp_face_detector *detector, double *iou,
                                                              double *covered) {
    if (detector == nullptr || iou == nullptr || covered == nullptr) return PP_FACE_INVALID_ARGUMENT;
    const dlib::test_box_overlap tester = detector->detector.get_overlap_tester();
    *iou = tester.get_iou_thresh();
    *covered = tester.get_percent_covered_thresh();
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
