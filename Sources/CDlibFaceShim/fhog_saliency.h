// The sub-detectors' filtering of a HOG feature pyramid: what dlib::impl::detect_from_fhog_pyramid does with a
// filter bank of separable 10x10 filters (all five of dlib's frontal face sub-detectors), giving the same
// detections from the same saliency images, bit for bit, in about half the time.
//
// dlib's float_spatially_filter_image_separable sums each output cell's ten taps in three partial sums (taps 0, 3,
// 6, 9; 1, 4, 7; 2, 5, 8) eight columns at a time and the last (< 8) columns of a row tap after tap, and reads its
// filter weights anew for every eight cells. Here the weights stay in registers, the sums are the same ones in the
// same order (no fused multiply-add: each product is rounded before it is added, as dlib's code does), and the last
// columns are summed tap after tap in one vector instead of one by one.
//
// Included by dlib_face_scan_impl.h inside PP_FACE_SCAN_NAMESPACE; needs <algorithm>, <cstring> and <vector>, and
// dlib's scan_fhog_pyramid.h, included before it.

// Eight floats; the compiler maps it to one AVX register or two SSE registers, whichever the target has. Passing
// one by value without AVX has another calling convention than with it (clang's -Wpsabi warns of that): harmless
// here, as every function below is inline and lives in the namespace of one compiled form only, so no call ever
// crosses from one form to the other.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wpsabi"
typedef float Floats8 __attribute__((vector_size(32)));

inline Floats8 load8(const float *source) {
    Floats8 value;
    std::memcpy(&value, source, sizeof value);
    return value;
}

inline void store8(float *destination, Floats8 value) { std::memcpy(destination, &value, sizeof value); }

inline Floats8 splat8(float value) { return Floats8{value, value, value, value, value, value, value, value}; }

// Filter taps, and the border dlib's separable filtering leaves out: `kBefore` cells before and `kAfter` after.
constexpr long kTaps = 10;
constexpr long kBefore = kTaps / 2;
constexpr long kAfter = (kTaps - 1) / 2;
// Floats after each row of our own images, so that a vector of eight read at a row's last cells stays inside.
constexpr long kRowPadding = 8;

// The weights of one 10-tap filter, one per vector.
struct TapWeights {
    Floats8 tap[kTaps];
    explicit TapWeights(const float *weights) {
        for (long n = 0; n < kTaps; ++n) tap[n] = splat8(weights[n]);
    }
};

// Ten taps at `stride` floats from each other, summed as dlib sums the cells of a full group of eight.
inline Floats8 sum_in_three(const float *first, long stride, const TapWeights &w) {
#pragma clang fp contract(off)
    Floats8 a = splat8(0), b = splat8(0), c = splat8(0);
    a += load8(first + 0 * stride) * w.tap[0];
    b += load8(first + 1 * stride) * w.tap[1];
    c += load8(first + 2 * stride) * w.tap[2];
    a += load8(first + 3 * stride) * w.tap[3];
    b += load8(first + 4 * stride) * w.tap[4];
    c += load8(first + 5 * stride) * w.tap[5];
    a += load8(first + 6 * stride) * w.tap[6];
    b += load8(first + 7 * stride) * w.tap[7];
    c += load8(first + 8 * stride) * w.tap[8];
    a += load8(first + 9 * stride) * w.tap[9];
    a += b + c;
    return a;
}

// Ten taps summed one after the other, as dlib sums a row's last (< 8) cells.
inline Floats8 sum_in_order(const float *first, long stride, const TapWeights &w) {
#pragma clang fp contract(off)
    Floats8 sum = splat8(0);
    for (long n = 0; n < kTaps; ++n) sum += load8(first + n * stride) * w.tap[n];
    return sum;
}

// A zero-padded copy of a plane's last row into `last_row`: a vector read at that row's end would read past the
// plane, so filter_rows reads this copy instead.
inline void copy_last_row(const float *plane, long rows, long columns, std::vector<float> &last_row) {
    last_row.assign(static_cast<size_t>(columns + kRowPadding + kTaps), 0.0f);
    std::memcpy(last_row.data(), plane + (rows - 1) * columns, sizeof(float) * static_cast<size_t>(columns));
}

// The row filter over a rows x columns plane (dlib's: rows packed, no padding; its last row read from
// `last_row`, made by copy_last_row) into `out` (rows of `stride` floats): out[r][c] for every row and c in
// [kBefore, columns - kAfter).
inline void filter_rows(const float *plane, const float *last_row, long rows, long columns, const TapWeights &w,
                        float *out, long stride) {
    const long end = columns - kAfter;
    for (long r = 0; r < rows; ++r) {
        const float *line = r + 1 < rows ? plane + r * columns : last_row;
        float *destination = out + r * stride;
        long c = kBefore;
        for (; c < end - 7; c += 8) store8(destination + c, sum_in_three(line + c - kBefore, 1, w));
        // Lanes past `end` read the next row's cells and land in the padding: never used.
        if (c < end) store8(destination + c, sum_in_order(line + c - kBefore, 1, w));
    }
}

// The column filter over `scratch` (rows of `stride` floats), set into or added to `saliency` (same stride) for
// rows in [kBefore, rows - kAfter) and columns in [kBefore, columns - kAfter).
inline void filter_columns(const float *scratch, long rows, long columns, long stride, const TapWeights &w,
                           float *saliency, bool add) {
#pragma clang fp contract(off)
    const long end_column = columns - kAfter;
    const long end_row = rows - kAfter;
    for (long r = kBefore; r < end_row; ++r) {
        const float *top = scratch + (r - kBefore) * stride;
        float *destination = saliency + r * stride;
        long c = kBefore;
        for (; c < end_column - 7; c += 8) {
            Floats8 sum = sum_in_three(top + c, stride, w);
            if (add) sum += load8(destination + c);
            store8(destination + c, sum);
        }
        if (c < end_column) {
            Floats8 sum = sum_in_order(top + c, stride, w);
            if (add) sum += load8(destination + c);
            store8(destination + c, sum);
        }
    }
}

// Whether `bank` is one this filtering computes as dlib would: dlib filters with the separable filters (rather
// than the full ones) when there are at most a third as many as the full filters' rows, and all are 10 taps.
inline bool filters_here(const FaceScanner::fhog_filterbank &bank) {
    if (bank.filters.empty() || bank.row_filters.size() != bank.filters.size()) return false;
    const double limit =
        static_cast<double>(bank.filters.size()) * std::min(bank.filters[0].nr(), bank.filters[0].nc()) / 3.0;
    if (static_cast<double>(bank.num_separable_filters()) > limit || bank.num_separable_filters() == 0) return false;
    for (unsigned long i = 0; i < bank.row_filters.size(); ++i) {
        if (bank.col_filters[i].size() != bank.row_filters[i].size()) return false;
        for (unsigned long j = 0; j < bank.row_filters[i].size(); ++j) {
            if (bank.row_filters[i][j].size() != kTaps || bank.col_filters[i][j].size() != kTaps) return false;
        }
    }
    return true;
}

// Reused between levels and sub-detectors of one thread.
struct SaliencyBuffers {
    std::vector<float> scratch, saliency, last_row;
};

// dlib::impl::detect_from_fhog_pyramid for a bank that filters_here accepts: the same detections, in the same
// order.
inline void detect_from_features(const dlib::array<dlib::array<dlib::array2d<float>>> &features,
                                 const dlib::default_fhog_feature_extractor &extractor,
                                 const FaceScanner::fhog_filterbank &bank, double threshold,
                                 unsigned long box_height, unsigned long box_width, int cell_size,
                                 int rows_padding, int columns_padding, SaliencyBuffers &buffers,
                                 std::vector<std::pair<double, dlib::rectangle>> &detections) {
    detections.clear();
    dlib::pyramid_down<6> pyramid;
    for (unsigned long level = 0; level < features.size(); ++level) {
        const auto &planes = features[level];
        const long rows = planes[0].nr(), columns = planes[0].nc();
        // dlib's filtering returns an empty area when a plane is narrower or shorter than a filter.
        if (rows < kTaps || columns < kTaps) continue;
        const long stride = columns + kRowPadding;
        const size_t size = static_cast<size_t>(rows * stride + kRowPadding);
        buffers.scratch.assign(size, 0.0f);
        buffers.saliency.assign(size, 0.0f);
        bool first = true;
        for (unsigned long channel = 0; channel < bank.row_filters.size(); ++channel) {
            if (bank.row_filters[channel].empty()) continue;
            const float *plane = &planes[channel][0][0];
            copy_last_row(plane, rows, columns, buffers.last_row);
            for (unsigned long j = 0; j < bank.row_filters[channel].size(); ++j) {
                filter_rows(plane, buffers.last_row.data(), rows, columns,
                            TapWeights(&bank.row_filters[channel][j](0)), buffers.scratch.data(), stride);
                filter_columns(buffers.scratch.data(), rows, columns, stride,
                               TapWeights(&bank.col_filters[channel][j](0)), buffers.saliency.data(), !first);
                first = false;
            }
        }
        // What dlib's loop over the area of its filtering (rectangle(5, 5, columns - 5, rows - 5)) keeps.
        for (long r = kBefore; r <= rows - kBefore; ++r) {
            const float *line = buffers.saliency.data() + r * stride;
            for (long c = kBefore; c <= columns - kBefore; ++c) {
                if (line[c] >= threshold) {
                    dlib::rectangle rect = extractor.feats_to_image(
                        dlib::centered_rect(dlib::point(c, r), box_width, box_height), cell_size, rows_padding,
                        columns_padding);
                    detections.push_back(std::make_pair(line[c], pyramid.rect_up(rect, level)));
                }
            }
        }
    }
    std::sort(detections.rbegin(), detections.rend(), dlib::impl::compare_pair_rect);
}

#pragma clang diagnostic pop
