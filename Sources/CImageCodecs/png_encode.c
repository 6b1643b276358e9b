// PNG encoding through libpng into a growable memory buffer, fatal errors contained here.
#include "ppf_buffer.h"
#include "ppf_encode.h"
#include "ppf_png_error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <png.h>

typedef struct {
    ppf_buffer buffer;
    int out_of_memory;
} ppf_png_sink;

static void ppf_png_write(png_structp png, png_bytep data, size_t length) {
    ppf_png_sink *sink = (ppf_png_sink *)png_get_io_ptr(png);
    if (!ppf_buffer_append(&sink->buffer, data, length)) {
        sink->out_of_memory = 1;
        png_error(png, "out of memory");
    }
}

static void ppf_png_flush(png_structp png) { (void)png; }

int ppf_png_encode(const ppf_image *image, const ppf_metadata *metadata, ppf_encode_result *result) {
    memset(result, 0, sizeof(*result));
    if (image->channels != 1 && image->channels != 3) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "cannot encode %d channels as PNG", image->channels);
        return PPF_ERROR_UNSUPPORTED;
    }
    // On the heap, so that its contents survive a longjmp whatever the compiler kept in registers.
    ppf_png_sink *const sink = calloc(1, sizeof(ppf_png_sink));
    if (sink == NULL) return PPF_ERROR_NO_MEMORY;
    ppf_png_messages messages = {result->message, NULL};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &messages, ppf_png_error, ppf_png_warning);
    png_infop info = png == NULL ? NULL : png_create_info_struct(png);
    if (info == NULL) {
        png_destroy_write_struct(&png, NULL);
        free(sink);
        return PPF_ERROR_NO_MEMORY;
    }
    if (setjmp(png_jmpbuf(png))) {
        int status = sink->out_of_memory ? PPF_ERROR_NO_MEMORY : PPF_ERROR_UNSUPPORTED;
        png_destroy_write_struct(&png, &info);
        free(sink->buffer.data);
        free(sink);
        return status;
    }

    png_set_write_fn(png, sink, ppf_png_write, ppf_png_flush);
    // A damaged embedded profile is dropped with a warning rather than failing the encode.
    png_set_benign_errors(png, 1);
    int color_type = image->channels == 1 ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB;
    png_set_IHDR(png, info, image->width, image->height, 8, color_type, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 6);
    if (metadata->icc != NULL && metadata->icc_size > 0 && metadata->icc_size <= 0xffffffffu) {
        png_set_iCCP(png, info, "ICC profile", PNG_COMPRESSION_TYPE_BASE, metadata->icc,
                     (png_uint_32)metadata->icc_size);
    }
    if (metadata->exif != NULL && metadata->exif_size > 0 && metadata->exif_size <= 0x7fffffffu) {
        png_set_eXIf_1(png, info, (png_uint_32)metadata->exif_size, (png_bytep)metadata->exif);
    }
    png_write_info(png, info);
    size_t row_bytes = (size_t)image->width * (size_t)image->channels;
    for (uint32_t y = 0; y < image->height; y++) {
        png_write_row(png, image->pixels + row_bytes * y);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    result->data = sink->buffer.data;
    result->size = sink->buffer.size;
    free(sink);
    return PPF_OK;
}
