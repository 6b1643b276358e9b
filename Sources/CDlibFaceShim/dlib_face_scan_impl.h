// The face scan itself: dlib's HOG frontal face detector run over the caller's grayscale buffer, shrunk first if
// asked, on one or two threads, with the sub-detectors' filtering of fhog_saliency.h (or dlib's own code
// throughout, when use_dlib_code asks for the reference). Included by two translation units, each defining
// PP_FACE_SCAN_NAMESPACE first: dlib_face_scan_portable.cpp as is, and dlib_face_scan_avx2.cpp with every
// function compiled for AVX2 and dlib's namespace renamed, so the two compiled forms of dlib's templates never
// meet at link time. Everything here is in PP_FACE_SCAN_NAMESPACE (or dlib's), and the only way in is
// PP_FACE_SCAN_NAMESPACE::make_engine.
//
// No include guard on purpose: each translation unit includes this once.
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms/interpolation.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "dlib_face_scan.h"

#ifndef PP_FACE_SCAN_NAMESPACE
#error "define PP_FACE_SCAN_NAMESPACE before including dlib_face_scan_impl.h"
#endif

namespace PP_FACE_SCAN_NAMESPACE {

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

}  // namespace PP_FACE_SCAN_NAMESPACE

namespace dlib {
template <> struct image_traits<PP_FACE_SCAN_NAMESPACE::GrayView> {
    typedef unsigned char pixel_type;
};
}  // namespace dlib

namespace PP_FACE_SCAN_NAMESPACE {

using FaceScanner = dlib::frontal_face_detector::image_scanner_type;

#include "fhog_saliency.h"

// The detector and what a scan of our own needs besides it: the sub-detectors' filter banks (dlib's own are
// private to the detector), built once from its weights (an SVD of each filter, a few ms) and copied by clones.
struct EngineState {
    dlib::frontal_face_detector detector;
    std::vector<FaceScanner::fhog_filterbank> filterbanks;

    explicit EngineState(dlib::frontal_face_detector from) : detector(std::move(from)) {
        const FaceScanner &scanner = detector.get_scanner();
        for (unsigned long i = 0; i < detector.num_detectors(); ++i) {
            filterbanks.push_back(scanner.build_fhog_filterbank(detector.get_w(i)));
        }
    }
};

// The image shrunk by an integer factor, each pixel the rounded mean of a factor x factor block.
dlib::array2d<unsigned char> box_downsampled(const GrayView &view, long factor) {
    dlib::array2d<unsigned char> result(view.rows / factor, view.columns / factor);
    const long area = factor * factor;
    const long used = result.nc() * factor;  // input columns that fall in a block
    // Each block row's columns are summed down first (contiguous, so the compiler vectorises it), then each
    // block's `factor` column sums across: the same sums as block by block, in a fraction of the time.
    std::vector<uint32_t> column_sums(static_cast<size_t>(used));
    for (long row = 0; row < result.nr(); ++row) {
        std::fill(column_sums.begin(), column_sums.end(), 0);
        for (long y = row * factor; y < (row + 1) * factor; ++y) {
            const unsigned char *line = view.pixels + y * view.stride;
            for (long x = 0; x < used; ++x) column_sums[static_cast<size_t>(x)] += line[x];
        }
        const uint32_t *sums = column_sums.data();
        for (long column = 0; column < result.nc(); ++column, sums += factor) {
            uint32_t sum = 0;
            for (long x = 0; x < factor; ++x) sum += sums[x];
            result[row][column] = static_cast<unsigned char>((sum + area / 2) / area);
        }
    }
    return result;
}

// Gathers the sub-detectors' raw detections (in sub-detector order), sorts them and keeps the best of each
// overlapping group exactly as dlib's object_detector::operator() does.
std::vector<dlib::rect_detection> suppressed_overlaps(
    const EngineState &state, const std::vector<std::vector<std::pair<double, dlib::rectangle>>> &found,
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
    const dlib::test_box_overlap overlaps = state.detector.get_overlap_tester();
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
// `pyramid_levels` levels (0: all), with two threads sharing the work if asked (the feature pyramid's levels,
// then the sub-detectors over it), and with the sub-detectors' filtering of fhog_saliency.h unless `dlib_code`
// asks for dlib's. The result is the same either way.
template <typename Image>
std::vector<dlib::rect_detection> detect_with_own_scanner(EngineState &state, const Image &image,
                                                          double adjust_threshold, long pyramid_levels,
                                                          int32_t threads, bool dlib_code) {
    // A scanner of its own for the configuration; the feature pyramid (tens of MB for a large image) is ours,
    // freed on return.
    FaceScanner scanner;
    scanner.copy_configuration(state.detector.get_scanner());
    if (pyramid_levels > 0) scanner.set_max_pyramid_levels(static_cast<unsigned long>(pyramid_levels));
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
    const unsigned long count = state.filterbanks.size();
    std::vector<double> biases(count);
    for (unsigned long i = 0; i < count; ++i) biases[i] = state.detector.get_w(i)(dimensions);
    std::vector<std::vector<std::pair<double, dlib::rectangle>>> found(count);
    const unsigned long step = two ? 2 : 1;
    // What scan_fhog_pyramid::detect runs, for every `step`-th sub-detector from `first`.
    auto run_every_second = [&](unsigned long first) {
        SaliencyBuffers buffers;
        for (unsigned long i = first; i < count; i += step) {
            if (!dlib_code && filters_here(state.filterbanks[i])) {
                detect_from_features(features, scanner.get_feature_extractor(), state.filterbanks[i],
                                     biases[i] + adjust_threshold, window_height - 2 * padding,
                                     window_width - 2 * padding, cell_size, static_cast<int>(window_height),
                                     static_cast<int>(window_width), buffers, found[i]);
                continue;
            }
            dlib::impl::detect_from_fhog_pyramid<dlib::pyramid_down<6>>(
                features, scanner.get_feature_extractor(), state.filterbanks[i], biases[i] + adjust_threshold,
                window_height - 2 * padding, window_width - 2 * padding, cell_size, static_cast<int>(window_height),
                static_cast<int>(window_width), found[i]);
        }
    };
    if (two) {
        on_two_threads([&] { run_every_second(1); }, [&] { run_every_second(0); });
    } else {
        run_every_second(0);
    }
    return suppressed_overlaps(state, found, biases);
}

// Our scanner; with `dlib_code`, dlib's own call for a whole-pyramid scan on one thread.
template <typename Image>
std::vector<dlib::rect_detection> detect_faces(EngineState &state, const Image &image, double adjust_threshold,
                                               long pyramid_levels, int32_t threads, bool dlib_code) {
    if (!dlib_code || threads >= 2 || pyramid_levels > 0) {
        return detect_with_own_scanner(state, image, adjust_threshold, pyramid_levels, threads, dlib_code);
    }
    std::vector<dlib::rect_detection> detections;
    state.detector(image, detections, adjust_threshold);
    return detections;
}

// One compiled form of the scan behind the pp_face_scan::Engine interface.
class DlibEngine final : public pp_face_scan::Engine {
  public:
    DlibEngine(EngineState state, const char *instruction_set, bool dlib_code)
        : state_(std::move(state)), instruction_set_(instruction_set), dlib_code_(dlib_code) {}

    std::unique_ptr<pp_face_scan::Engine> clone() const override {
        return std::make_unique<DlibEngine>(state_, instruction_set_, dlib_code_);
    }

    void use_dlib_code() override { dlib_code_ = true; }

    std::vector<pp_face_scan::Detection> detect(const pp_face_scan::Request &request) override {
        const GrayView view{request.pixels, request.rows, request.columns, request.stride};
        const double downscale = request.downscale;
        auto scan = [&](const auto &image) {
            return detect_faces(state_, image, request.adjust_threshold, request.pyramid_levels, request.threads,
                                dlib_code_);
        };
        std::vector<dlib::rect_detection> detections;
        if (downscale == 1) {
            detections = scan(view);
        } else if (downscale == static_cast<double>(static_cast<long>(downscale))) {
            detections = scan(box_downsampled(view, static_cast<long>(downscale)));
        } else {
            dlib::array2d<unsigned char> shrunk(std::max(1L, std::lround(request.rows / downscale)),
                                                std::max(1L, std::lround(request.columns / downscale)));
            dlib::resize_image(view, shrunk);
            detections = scan(shrunk);
        }
        std::vector<pp_face_scan::Detection> result;
        result.reserve(detections.size());
        for (const auto &found : detections) {
            result.push_back(pp_face_scan::Detection{found.rect.left(), found.rect.top(), found.rect.right(),
                                                     found.rect.bottom(), found.detection_confidence,
                                                     found.weight_index});
        }
        return result;
    }

    void overlap_thresholds(double &iou, double &covered) const override {
        const dlib::test_box_overlap tester = state_.detector.get_overlap_tester();
        iou = tester.get_iou_thresh();
        covered = tester.get_percent_covered_thresh();
    }

    const char *instruction_set() const override { return instruction_set_; }

  private:
    EngineState state_;
    const char *instruction_set_;
    bool dlib_code_;
};

// An engine from dlib's binary serialisation of a frontal face detector; nullptr if the bytes are not one.
inline std::unique_ptr<pp_face_scan::Engine> make_engine(const uint8_t *bytes, size_t length,
                                                         const char *instruction_set) {
    std::istringstream in(std::string(reinterpret_cast<const char *>(bytes), length));
    dlib::frontal_face_detector detector;
    try {
        dlib::deserialize(detector, in);
    } catch (const dlib::serialization_error &) {
        return nullptr;
    }
    // A frontal face detector has dlib's five sub-detectors and nothing after them.
    if (detector.num_detectors() != 5 || in.peek() != std::char_traits<char>::eof()) return nullptr;
    return std::make_unique<DlibEngine>(EngineState(std::move(detector)), instruction_set, false);
}

}  // namespace PP_FACE_SCAN_NAMESPACE
