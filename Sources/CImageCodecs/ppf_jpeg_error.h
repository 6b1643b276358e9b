// The libjpeg error manager shared by the JPEG decoder and encoder (private to this target).
//
// libjpeg reports a fatal error by calling `error_exit`, which must not return. Here it formats the message
// and longjmps to `jump`, which the calling ppf_jpeg_* function set with setjmp: the jump never leaves that
// C function, and never crosses a Swift frame.
#ifndef PPF_JPEG_ERROR_H
#define PPF_JPEG_ERROR_H

#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>

#include <jpeglib.h>

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    /// Where the error, or else the first data warning, is written (PPF_MESSAGE_CAPACITY bytes).
    char *message;
    /// Counters for warnings while reading headers and compressed data; NULL ignores warnings (encoding).
    int *header_warnings;
    int *data_warnings;
    /// Set once the compressed data is being read: warnings from then on count as data warnings.
    int reading_data;
} ppf_jpeg_error;

/// Sets up `error` and returns its base for `cinfo.err`. With NULL counters, warnings are ignored.
struct jpeg_error_mgr *ppf_jpeg_error_init(ppf_jpeg_error *error, char *message, int *header_warnings,
                                           int *data_warnings);

#endif
