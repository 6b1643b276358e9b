// The face scan compiled for the baseline instruction set of the target (SSE2 on x86-64), usable on every CPU.
#define PP_FACE_SCAN_NAMESPACE pp_face_scan_portable
#include "dlib_face_scan_impl.h"

std::unique_ptr<pp_face_scan::Engine> pp_face_scan::make_portable_engine(const uint8_t *bytes, size_t length) {
    return pp_face_scan_portable::make_engine(bytes, length, "portable");
}
