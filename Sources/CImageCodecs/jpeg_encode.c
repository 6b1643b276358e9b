// JPEG encoding through libjpeg-turbo into a growable memory buffer, fatal errors contained here.
#include "ppf_buffer.h"
#include "ppf_encode.h"
#include "ppf_jpeg_error.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>

#define PPF_JPEG_CHUNK 65536

typedef struct {
    struct jpeg_destination_mgr base;
    ppf_buffer buffer;
} ppf_jpeg_destination;

/// Gives libjpeg the free space at the end of the buffer, growing it first.
static void ppf_destination_expose(j_compress_ptr cinfo) {
    ppf_jpeg_destination *destination = (ppf_jpeg_destination *)cinfo->dest;
    if (!ppf_buffer_reserve(&destination->buffer, PPF_JPEG_CHUNK)) ERREXIT1(cinfo, JERR_OUT_OF_MEMORY, 10);
    destination->base.next_output_byte = destination->buffer.data + destination->buffer.size;
    destination->base.free_in_buffer = destination->buffer.capacity - destination->buffer.size;
}

static void ppf_destination_init(j_compress_ptr cinfo) { ppf_destination_expose(cinfo); }

static boolean ppf_destination_empty(j_compress_ptr cinfo) {
    ppf_jpeg_destination *destination = (ppf_jpeg_destination *)cinfo->dest;
    // libjpeg calls this only when the whole exposed space is full.
    destination->buffer.size = destination->buffer.capacity;
    ppf_destination_expose(cinfo);
    return TRUE;
}

static void ppf_destination_term(j_compress_ptr cinfo) {
    ppf_jpeg_destination *destination = (ppf_jpeg_destination *)cinfo->dest;
    destination->buffer.size = destination->buffer.capacity - destination->base.free_in_buffer;
}

int ppf_jpeg_encode(const ppf_image *image, int quality, const ppf_metadata *metadata, ppf_encode_result *result) {
    struct jpeg_compress_struct cinfo;
    ppf_jpeg_error error;

    memset(result, 0, sizeof(*result));
    memset(&cinfo, 0, sizeof(cinfo));
    if (image->channels != 1 && image->channels != 3) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "cannot encode %d channels as JPEG", image->channels);
        return PPF_ERROR_UNSUPPORTED;
    }
    if (metadata->exif_size > 65533 - 6) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "EXIF block of %zu bytes does not fit one APP1 segment",
                 metadata->exif_size);
        return PPF_ERROR_UNSUPPORTED;
    }
    // On the heap, so that its contents survive a longjmp whatever the compiler kept in registers.
    ppf_jpeg_destination *const destination = calloc(1, sizeof(ppf_jpeg_destination));
    if (destination == NULL) return PPF_ERROR_NO_MEMORY;
    cinfo.err = ppf_jpeg_error_init(&error, result->message, NULL, NULL);

    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&cinfo);
        free(destination->buffer.data);
        free(destination);
        return error.base.msg_code == JERR_OUT_OF_MEMORY ? PPF_ERROR_NO_MEMORY : PPF_ERROR_UNSUPPORTED;
    }

    jpeg_create_compress(&cinfo);
    destination->base.init_destination = ppf_destination_init;
    destination->base.empty_output_buffer = ppf_destination_empty;
    destination->base.term_destination = ppf_destination_term;
    cinfo.dest = &destination->base;

    cinfo.image_width = image->width;
    cinfo.image_height = image->height;
    cinfo.input_components = image->channels;
    cinfo.in_color_space = image->channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality < 1 ? 1 : (quality > 100 ? 100 : quality), TRUE);
    cinfo.optimize_coding = TRUE;
    cinfo.dct_method = JDCT_ISLOW;
    // jpeg_set_defaults chooses 2x2 luma sampling, i.e. 4:2:0 chroma, for YCbCr output.

    jpeg_start_compress(&cinfo, TRUE);
    if (metadata->exif != NULL && metadata->exif_size > 0) {
        static const uint8_t exif_header[6] = {'E', 'x', 'i', 'f', 0, 0};
        jpeg_write_m_header(&cinfo, JPEG_APP0 + 1, (unsigned int)(metadata->exif_size + 6));
        for (size_t i = 0; i < 6; i++) jpeg_write_m_byte(&cinfo, exif_header[i]);
        for (size_t i = 0; i < metadata->exif_size; i++) jpeg_write_m_byte(&cinfo, metadata->exif[i]);
    }
    if (metadata->icc != NULL && metadata->icc_size > 0) {
        jpeg_write_icc_profile(&cinfo, metadata->icc, (unsigned int)metadata->icc_size);
    }
    size_t row_bytes = (size_t)image->width * (size_t)image->channels;
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW rows[1] = {(JSAMPROW)(image->pixels + row_bytes * cinfo.next_scanline)};
        jpeg_write_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    result->data = destination->buffer.data;
    result->size = destination->buffer.size;
    free(destination);
    return PPF_OK;
}
