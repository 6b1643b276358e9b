// The libpng error and warning handlers shared by the PNG decoder and encoder (private to this target).
//
// libpng reports a fatal error through the error function, which must not return. Here it copies the
// message and png_longjmp's back to the setjmp(png_jmpbuf(png)) of the calling ppf_png_* function: the jump
// never leaves that C function, and never crosses a Swift frame.
#ifndef PPF_PNG_ERROR_H
#define PPF_PNG_ERROR_H

#include <png.h>

/// What `png_create_*_struct` receives as its error pointer.
typedef struct {
    /// Where the error is written (PPF_MESSAGE_CAPACITY bytes).
    char *message;
    /// Counts warnings; NULL ignores them.
    int *warnings;
} ppf_png_messages;

/// The error function: copies the message and jumps back to the setjmp.
void ppf_png_error(png_structp png, png_const_charp message);

/// The warning function: counts the warning.
void ppf_png_warning(png_structp png, png_const_charp message);

#endif
