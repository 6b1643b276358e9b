// glibc's allocator controls (mallopt), which Swift's Glibc module leaves out; empty elsewhere.
#if defined(__linux__)
#include <malloc.h>
#endif
