// Tiny C interface to a 68-point facial landmark model (dlib's shape predictor format; see dlib_landmark_shim.cpp
// for loading and dlib_landmark_cascade.cpp for the evaluator). No C++ exception ever crosses this interface:
// every entry point returns a status code.
#ifndef DLIB_LANDMARK_SHIM_H
#define DLIB_LANDMARK_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes returned by every landmark entry point.
typedef enum {
    PP_LANDMARK_OK = 0,
    PP_LANDMARK_INVALID_ARGUMENT = 1,
    PP_LANDMARK_OUT_OF_MEMORY = 2,
    /// dlib could not read the model file (missing, unreadable, or not a shape predictor).
    PP_LANDMARK_MODEL_UNREADABLE = 3,
    /// The model has a shape the flat layout cannot hold (trees of different depths).
    PP_LANDMARK_MODEL_UNSUPPORTED = 4,
    /// The cache file is missing, stale (other source size or time), truncated or corrupt.
    PP_LANDMARK_CACHE_INVALID = 5,
    PP_LANDMARK_UNKNOWN_ERROR = 6
} pp_landmark_status;

/// A loaded landmark model: immutable after creation, so one model may be used by many threads at once.
typedef struct pp_landmark_model pp_landmark_model;

/// Size in bytes and modification time in nanoseconds since 1970 of the file at `path` (the cache's stamp).
pp_landmark_status pp_landmark_file_stamp(const char *path, uint64_t *size, int64_t *mtime_ns);

/// Loads a dlib shape predictor file with dlib's deserializer (slow: about 0.6-0.8 s for the 68-point model)
/// into the flat layout, stamped with the source's `size` and `mtime_ns`. On failure a message is copied into
/// `message` (at most `capacity` bytes, NUL-terminated).
pp_landmark_status pp_landmark_model_load_dlib(const char *path, uint64_t size, int64_t mtime_ns,
                                               pp_landmark_model **out, char *message, int32_t capacity);

/// Maps a cache file written from `pp_landmark_model_bytes` (fast). It is refused (PP_LANDMARK_CACHE_INVALID)
/// unless magic, version, byte order, the source stamp, every array length, the checksum of everything but the
/// leaf values, and every index in it are right.
pp_landmark_status pp_landmark_model_map_cache(const char *path, uint64_t size, int64_t mtime_ns,
                                               pp_landmark_model **out);

/// The model's bytes in the cache format (valid while the model lives), for writing the cache file.
pp_landmark_status pp_landmark_model_bytes(const pp_landmark_model *model, const uint8_t **bytes, size_t *count);

/// Number of landmarks the model locates (68 for dlib's 68-point model).
int32_t pp_landmark_model_parts(const pp_landmark_model *model);

/// Frees (or unmaps) a model; NULL is ignored.
void pp_landmark_model_destroy(pp_landmark_model *model);

/// Locates the landmarks of the face in the box `left`...`right` × `top`...`bottom` (inclusive pixel edges, as
/// dlib's rectangle) of an 8-bit grayscale image (`stride` bytes per row). Writes x, y pairs in pixels of the
/// image into `xy` (room for `capacity` doubles, at least 2 × parts). Thread-safe on a shared model.
pp_landmark_status pp_landmark_locate(const pp_landmark_model *model, const uint8_t *pixels, int32_t width,
                                      int32_t height, int32_t stride, int32_t left, int32_t top, int32_t right,
                                      int32_t bottom, double *xy, int32_t capacity);

/// Reference for tests: dlib's own `shape_predictor` on the same input (loads the model file each call, slow).
/// Writes dlib's whole-pixel x, y pairs like `pp_landmark_locate`.
pp_landmark_status pp_landmark_dlib_reference(const char *path, const uint8_t *pixels, int32_t width, int32_t height,
                                              int32_t stride, int32_t left, int32_t top, int32_t right,
                                              int32_t bottom, double *xy, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
