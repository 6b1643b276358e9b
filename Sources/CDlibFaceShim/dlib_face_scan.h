// The face scan behind pp_face_detect, as an interface without dlib types: the scan is compiled twice (portable,
// and for AVX2 where the compiler and CPU allow; see dlib_face_scan_impl.h), and the shim picks one at run time.
#ifndef DLIB_FACE_SCAN_H
#define DLIB_FACE_SCAN_H

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace pp_face_scan {

// One detection in pixels of the scanned (already shrunk) image; right and bottom inclusive.
struct Detection {
    long left;
    long top;
    long right;
    long bottom;
    double confidence;
    unsigned long sub_detector;
};

// One call of pp_face_detect, its arguments validated.
struct Request {
    const unsigned char *pixels;
    long rows;
    long columns;
    long stride;
    double downscale;     // >= 1
    long pyramid_levels;  // 0: all
    double adjust_threshold;
    int threads;  // 1 or 2
};

// dlib's frontal face detector with one compiled form of the scan. Not safe for concurrent use.
class Engine {
  public:
    virtual ~Engine() = default;
    // A copy of this engine (same detector, same instruction set).
    virtual std::unique_ptr<Engine> clone() const = 0;
    // The faces found, suppressed as dlib suppresses overlaps, in dlib's order (best first). Throws dlib or std
    // exceptions; the caller catches them.
    virtual std::vector<Detection> detect(const Request &request) = 0;
    // dlib's overlap thresholds (its test_box_overlap).
    virtual void overlap_thresholds(double &iou, double &covered) const = 0;
    // From now on scans with dlib's own code only: its object_detector call for a whole-pyramid scan on one
    // thread, its filtering of the features otherwise (the reference fhog_saliency.h is tested against).
    virtual void use_dlib_code() = 0;
    // The instruction set this engine's scan was compiled for: "avx2" or "portable".
    virtual const char *instruction_set() const = 0;
};

// An engine from dlib's binary serialisation of a frontal face detector; nullptr if the bytes are not one (not
// dlib's serialisation, or not five sub-detectors with nothing after them). Throws on allocation failure.
std::unique_ptr<Engine> make_portable_engine(const uint8_t *bytes, size_t length);
// The same with the scan compiled for AVX2; nullptr also when this build has no AVX2 scan or the CPU lacks AVX2.
std::unique_ptr<Engine> make_avx2_engine(const uint8_t *bytes, size_t length);

}  // namespace pp_face_scan

#endif
