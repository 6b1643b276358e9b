// The face scan compiled for AVX2 (x86-64 with clang only; elsewhere make_avx2_engine returns nullptr). dlib picks
// its 8-wide float code (simd8f) for the HOG features when DLIB_HAVE_AVX is defined, and the eight-float vectors
// of our filtering (fhog_saliency.h) become single AVX registers: together most of the detector's time.
//
// How the AVX2 code is kept from running on a CPU without AVX2: this file is compiled with the target's baseline
// flags; only the functions declared between the `#pragma clang attribute` lines, which are dlib's (renamed
// dlib_avx2) and the scan's (pp_face_scan_avx2), are compiled for AVX2, and they are reached only through
// make_avx2_engine, which checks the CPU first. Every standard header dlib uses is included before the pragma, so
// no standard-library template is declared inside it: the standard templates this file instantiates are
// compiled for the baseline, as in every other file, and whichever copy the linker keeps is safe. The renaming
// keeps the AVX2 copies of dlib's templates from being merged with the baseline copies of the other files.
#include "dlib_face_scan.h"

#if defined(__x86_64__) && defined(__clang__)

// Every header dlib_face_scan_impl.h and dlib's detector headers include, first included here, outside the
// AVX2 region (the list is dlib 19.24's; scripts/check-scan-isolation fails when a later dlib adds one).
#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <chrono>
#include <climits>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <exception>
#include <forward_list>
#include <fstream>
#include <functional>
#include <future>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <set>
#include <sstream>
#include <stack>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

#include <alloca.h>
#include <cpuid.h>
#include <immintrin.h>
#include <sys/time.h>
#include <sys/types.h>

// What dlib/simd/simd_check.h would define with -mavx2 (it reads __AVX2__ and friends, unset here).
#define DLIB_HAVE_SSE2
#define DLIB_HAVE_SSE3
#define DLIB_HAVE_SSE41
#define DLIB_HAVE_AVX
#define DLIB_HAVE_AVX2

#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#define dlib dlib_avx2
#define PP_FACE_SCAN_NAMESPACE pp_face_scan_avx2
#include "dlib_face_scan_impl.h"
#undef dlib
#pragma clang attribute pop

std::unique_ptr<pp_face_scan::Engine> pp_face_scan::make_avx2_engine(const uint8_t *bytes, size_t length) {
    if (!__builtin_cpu_supports("avx2")) return nullptr;
    return pp_face_scan_avx2::make_engine(bytes, length, "avx2");
}

#else

std::unique_ptr<pp_face_scan::Engine> pp_face_scan::make_avx2_engine(const uint8_t *, size_t) { return nullptr; }

#endif
