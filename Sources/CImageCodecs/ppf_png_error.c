// The libpng error and warning handlers shared by the PNG decoder and encoder.
#include "ppf_png_error.h"

#include <stdio.h>

#include "ppf_decode.h"

void ppf_png_error(png_structp png, png_const_charp message) {
    ppf_png_messages *messages = (ppf_png_messages *)png_get_error_ptr(png);
    snprintf(messages->message, PPF_MESSAGE_CAPACITY, "%s", message);
    png_longjmp(png, 1);
}

void ppf_png_warning(png_structp png, png_const_charp message) {
    ppf_png_messages *messages = (ppf_png_messages *)png_get_error_ptr(png);
    (void)message;
    if (messages->warnings != NULL) (*messages->warnings)++;
}
