// Tiny C interface to dlib's HOG frontal face detector (see dlib_face_shim.cpp).
// No C++ exception ever crosses this interface: every entry point returns a status code.
#ifndef DLIB_FACE_SHIM_H
#define DLIB_FACE_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes returned by every entry point.
typedef enum {
    PP_FACE_OK = 0,
    PP_FACE_INVALID_ARGUMENT = 1,
    PP_FACE_OUT_OF_MEMORY = 2,
    PP_FACE_DLIB_ERROR = 3,
    PP_FACE_UNKNOWN_ERROR = 4
} pp_face_status;

/// One detector instance. Not safe for concurrent use; clone one per thread.
typedef struct pp_face_detector pp_face_detector;

/// One detection, in pixels of the image passed to pp_face_detect. The box may extend past the image edges.
typedef struct {
    int32_t left;
    int32_t top;
    int32_t right;   // inclusive
    int32_t bottom;  // inclusive
    double score;    // dlib detection confidence (SVM margin); > 0 at dlib's default threshold
    int32_t sub_detector;  // 0 front, 1 left looking, 2 right looking, 3 front rotated left, 4 front rotated right
} pp_face_detection;

/// Builds a detector from the weights compiled into dlib (slow: ~0.35 s, nearly all of it spent decompressing
/// dlib's compiled-in text form of the model), with the fastest scan this CPU runs.
pp_face_status pp_face_detector_create(pp_face_detector **out);

/// Builds a detector from dlib's binary serialisation, as made by pp_face_detector_serialize (fast: a few ms).
/// Bytes that are not a frontal face detector give PP_FACE_DLIB_ERROR (never a crash on a valid length).
pp_face_status pp_face_detector_create_from_serialized(const uint8_t *bytes, size_t length,
                                                       pp_face_detector **out);

/// dlib's binary serialisation of the detector (about 150 KB), kept inside the detector until the next call.
pp_face_status pp_face_detector_serialize(pp_face_detector *detector, const uint8_t **bytes, size_t *length);

/// The version of dlib this shim was compiled against, e.g. "19.24.0".
const char *pp_face_dlib_version(void);

/// Copies an existing detector (fast). The source must not be in use by another thread during the copy.
pp_face_status pp_face_detector_clone(const pp_face_detector *source, pp_face_detector **out);

/// Frees a detector; NULL is ignored.
void pp_face_detector_destroy(pp_face_detector *detector);

/// The instruction set the detector's scan was compiled for: "avx2" (x86-64 CPUs with AVX2, the default where
/// the CPU has it) or "portable" (every CPU). Clones keep it.
const char *pp_face_detector_instruction_set(const pp_face_detector *detector);

/// Switches the detector to the portable scan (to compare with the AVX2 one, or to rule it out).
pp_face_status pp_face_detector_use_portable_scan(pp_face_detector *detector);

/// Switches the detector to dlib's own scan code, in the compiled form it has: dlib's detector call for a
/// whole-pyramid scan on one thread, and dlib's filtering of the HOG features everywhere (the shim's own filtering
/// gives the same faces and scores in about half the time; this is the reference it is tested against). Clones
/// keep it. Call it before the detector is in use by any thread.
pp_face_status pp_face_detector_use_dlib_scan(pp_face_detector *detector);

/// Detects faces in an 8-bit grayscale image (row-major, `stride` bytes per row).
/// `downscale` >= 1 (at most the image's shorter side): the image is first shrunk by this factor (a box average
/// for a whole number, bilinear otherwise), which makes detection about downscale^2 times faster and misses faces
/// narrower than about 80 * downscale pixels; boxes are still given in pixels of the full image.
/// `pyramid_levels` >= 1 scans only the first that many levels of dlib's 5/6 image pyramid (level k finds faces
/// about 80 * downscale * 1.2^k pixels wide); 0 scans every level.
/// `adjust_threshold` is added to dlib's decision threshold (0 = dlib's default).
/// `threads` >= 2 shares the work out over two threads, the feature pyramid's levels and then the sub-detectors
/// (the same detections, sooner when a core is idle); 1 runs on the calling thread only.
/// On success `*count` holds the number of detections, kept inside the detector until the next call.
pp_face_status pp_face_detect(pp_face_detector *detector, const uint8_t *pixels, int32_t width, int32_t height,
                              int32_t stride, double downscale, int32_t pyramid_levels, double adjust_threshold,
                              int32_t threads, int32_t *count);

/// dlib's rule for two detections of one face (its `test_box_overlap`): boxes overlap when their intersection
/// is more than `*iou` of their bounding union, or more than `*covered` of either box.
pp_face_status pp_face_detector_overlap_thresholds(const pp_face_detector *detector, double *iou,
                                                   double *covered);

/// Copies up to `capacity` detections of the last pp_face_detect call, best score first.
pp_face_status pp_face_detector_results(const pp_face_detector *detector, pp_face_detection *out,
                                        int32_t capacity, int32_t *copied);

/// Message of the last failure of this detector ("" if none); valid until the next call on it.
const char *pp_face_detector_last_error(const pp_face_detector *detector);

#ifdef __cplusplus
}
#endif

#endif
